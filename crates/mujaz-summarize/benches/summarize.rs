//! Documents per second for each mode. Uses ant_bbc articles when `MUJAZ_BENCH_DATA` (JSONL
//! with a "text" field) or `../shared/data/ant_bbc/dev.jsonl` exists, else the built-in
//! sample article.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use mujaz_summarize::{Algorithm, Mode, Options, Summarizer};

fn articles() -> Vec<String> {
    let candidates = [
        std::env::var("MUJAZ_BENCH_DATA").ok(),
        Some("../../../shared/data/ant_bbc/dev.jsonl".to_string()),
    ];
    for path in candidates.into_iter().flatten() {
        if let Ok(raw) = std::fs::read_to_string(&path) {
            let docs: Vec<String> = raw
                .lines()
                .take(500)
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v["text"].as_str().map(str::to_string))
                .collect();
            if !docs.is_empty() {
                eprintln!("bench corpus: {path} ({} articles)", docs.len());
                return docs;
            }
        }
    }
    vec![mujaz_text::samples::NEWS_ARTICLE.to_string(); 100]
}

fn bench(c: &mut Criterion) {
    let docs = articles();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let s = Summarizer::default();
    let mut g = c.benchmark_group("summarize");
    g.throughput(Throughput::Elements(docs.len() as u64));
    for (name, mode, algorithm) in [
        ("standfirst/learned", Mode::Standfirst, Algorithm::Learned),
        ("standfirst/lead", Mode::Standfirst, Algorithm::Lead),
        ("headline/learned", Mode::Headline, Algorithm::Learned),
        ("extract/learned", Mode::Extract, Algorithm::Learned),
        ("extract/textrank", Mode::Extract, Algorithm::Textrank),
    ] {
        let opts = Options {
            mode,
            algorithm,
            ..Options::default()
        };
        g.bench_function(name, |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| {
                        s.summarize(black_box(d), &opts)
                            .map(|o| o.summary.len())
                            .unwrap_or(0)
                    })
                    .sum::<usize>()
            })
        });
    }
    g.finish();
    eprintln!("corpus bytes: {bytes}");

    // The scoring step alone, on already analyzed articles.
    let prepared: Vec<_> = docs.iter().map(|d| s.prepare(d, None)).collect();
    let mut g = c.benchmark_group("score_sentences");
    g.throughput(Throughput::Elements(docs.len() as u64));
    for (name, algorithm) in [
        ("learned", Algorithm::Learned),
        ("centroid", Algorithm::Centroid),
        ("textrank", Algorithm::Textrank),
        ("lexrank", Algorithm::Lexrank),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                prepared
                    .iter()
                    .map(|p| s.scores(p, Mode::Standfirst, algorithm).len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(4));
    targets = bench
}
criterion_main!(benches);
