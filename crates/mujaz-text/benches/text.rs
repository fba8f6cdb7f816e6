//! Throughput of the text pipeline. Uses the ant_bbc articles when `MUJAZ_BENCH_DATA` (a JSONL
//! file with a "text" field) or `../shared/data/ant_bbc/dev.jsonl` exists, else the built-in
//! sample article, repeated.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use mujaz_text::samples::{DIACRITIZED, MIXED, NEWS_ARTICLE};
use mujaz_text::{sentences, tokenize, LightStemmer, Normalizer, RootStemmer, SnowballStemmer};

fn news_corpus() -> String {
    let candidates = [
        std::env::var("MUJAZ_BENCH_DATA").ok(),
        Some("../../../shared/data/ant_bbc/dev.jsonl".to_string()),
        Some("../shared/data/ant_bbc/dev.jsonl".to_string()),
    ];
    for path in candidates.into_iter().flatten() {
        if let Ok(raw) = std::fs::read_to_string(&path) {
            let mut out = String::new();
            for line in raw.lines().take(1000) {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                    if let Some(t) = v["text"].as_str() {
                        out.push_str(t);
                        out.push('\n');
                    }
                }
            }
            if !out.is_empty() {
                eprintln!("bench corpus: {path} ({} bytes)", out.len());
                return out;
            }
        }
    }
    NEWS_ARTICLE.repeat(2000)
}

fn corpora() -> Vec<(&'static str, String)> {
    let news = news_corpus();
    // The same articles already normalized: the no-op path (nothing to rewrite).
    let clean = Normalizer::default().normalize_str(&news).into_owned();
    vec![
        ("news", news),
        ("news-normalized", clean),
        ("diacritized", DIACRITIZED.repeat(4000)),
        ("mixed", MIXED.repeat(4000)),
    ]
}

fn bench_text(c: &mut Criterion) {
    let norm = Normalizer::default();
    for (name, text) in corpora() {
        let mut g = c.benchmark_group(format!("text/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("normalize_str", |b| {
            b.iter(|| black_box(norm.normalize_str(black_box(&text)).len()))
        });
        g.bench_function("normalize_aligned", |b| {
            b.iter(|| black_box(norm.normalize(black_box(&text)).as_str().len()))
        });
        g.bench_function("tokenize", |b| {
            b.iter(|| black_box(tokenize(black_box(&text)).count()))
        });
        g.bench_function("split", |b| {
            b.iter(|| black_box(sentences(black_box(&text)).count()))
        });
        g.bench_function("tokenize+split", |b| {
            b.iter(|| {
                let t = tokenize(black_box(&text)).count();
                let s = sentences(black_box(&text)).count();
                black_box((t, s))
            })
        });
        g.finish();
    }
}

fn bench_stem(c: &mut Criterion) {
    let text = news_corpus();
    let norm = Normalizer::default().normalize_str(&text).into_owned();
    let words: Vec<&str> = tokenize(&norm)
        .filter(|t| t.kind == mujaz_text::TokenKind::Arabic)
        .map(|t| t.text)
        .take(200_000)
        .collect();
    let mut g = c.benchmark_group("stem");
    g.throughput(Throughput::Elements(words.len() as u64));
    let light = LightStemmer::default();
    g.bench_function("light", |b| {
        b.iter(|| words.iter().map(|w| light.stem_str(w).len()).sum::<usize>())
    });
    let snow = SnowballStemmer::new();
    g.bench_function("snowball", |b| {
        b.iter(|| {
            words
                .iter()
                .map(|w| mujaz_text::Stemmer::stem(&snow, w).len())
                .sum::<usize>()
        })
    });
    let root = RootStemmer::new();
    g.bench_function("root", |b| {
        b.iter(|| words.iter().map(|w| root.root(w).len()).sum::<usize>())
    });
    g.finish();
}

/// Reading HTML: the news corpus as pages (a paragraph a line, a link and a reference in
/// each, a menu and a script per page of 20 lines).
fn bench_html(c: &mut Criterion) {
    let news = news_corpus();
    let mut html = String::with_capacity(news.len() * 2);
    for (i, line) in news.lines().enumerate() {
        if i % 20 == 0 {
            html.push_str("<nav><a href=\"/\">الرئيسية</a></nav><script>var a = 1;</script>");
        }
        let cut = (0..=line.len() / 2)
            .rev()
            .find(|&k| line.is_char_boundary(k))
            .unwrap_or(0);
        let (a, rest) = line.split_at(cut);
        html.push_str("<p class=\"body\">");
        html.push_str(a);
        html.push_str("<a href=\"/x\">&quot;");
        html.push_str(rest);
        html.push_str("&quot;</a></p>\n");
    }
    let mut g = c.benchmark_group("text/html");
    g.throughput(Throughput::Bytes(html.len() as u64));
    g.bench_function("parse", |b| {
        b.iter(|| {
            black_box(
                mujaz_text::html::HtmlText::parse(black_box(&html))
                    .text()
                    .len(),
            )
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench_text, bench_stem, bench_html
}
criterion_main!(benches);
