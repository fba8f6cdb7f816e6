//! Summarize a JSONL file's articles in a loop (for profilers):
//! `cargo run --release -p mujaz-summarize --example profile_loop -- FILE.jsonl [ROUNDS] [MODE]`.

use std::time::Instant;

use mujaz_summarize::{Options, Summarizer};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: profile_loop FILE.jsonl [ROUNDS] [MODE]");
    let rounds: usize = args.next().map_or(20, |r| r.parse().expect("ROUNDS"));
    let mode = args
        .next()
        .map_or(Ok(Default::default()), |m| m.parse())
        .expect("MODE");
    let raw = std::fs::read_to_string(&path).expect("readable file");
    let docs: Vec<(String, Option<String>)> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let t = v["text"].as_str()?.to_string();
            Some((t, v["title"].as_str().map(str::to_string)))
        })
        .collect();
    let s = Summarizer::default();
    let t0 = Instant::now();
    let mut total = 0usize;
    for _ in 0..rounds {
        for (text, title) in &docs {
            let opts = Options {
                mode,
                title: title.clone(),
                ..Options::default()
            };
            total += s.summarize(text, &opts).map_or(0, |o| o.summary.len());
        }
    }
    let n = docs.len() * rounds;
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "{n} docs in {secs:.2} s: {:.0} docs/s ({total} summary bytes)",
        n as f64 / secs
    );
}
