//! Normalize a file many times (for profilers): `normalize_file FILE [ROUNDS]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: normalize_file FILE [ROUNDS]");
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let text = std::fs::read_to_string(path).expect("read");
    let n = mujaz_text::Normalizer::default();
    let t = std::time::Instant::now();
    let mut total = 0;
    for _ in 0..rounds {
        total += n.normalize_str(&text).len();
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "{:.0} MB/s ({total})",
        (text.len() * rounds) as f64 / secs / 1e6
    );
}
