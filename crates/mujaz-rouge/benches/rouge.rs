//! ROUGE throughput: one (reference, candidate) pair, Arabic default and xlsum compat.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use mujaz_rouge::xlsum::XlsumRouge;
use mujaz_rouge::Rouge;

const REFERENCE: &str = "وزير الخارجية الأمريكي يعلن من موسكو أنه ينبغي على واشنطن وموسكو العمل سويا لإنهاء الحرب في سوريا رغم خلافاتهما.";
const CANDIDATE: &str = "قال وزير الخارجية الأمريكي، قبيل لقائه الرئيس الروسي، إنه ينبغي للولايات المتحدة وروسيا العمل سويا لإنهاء الحرب في سوريا رغم خلافاتهما، ودعا لخفض العنف.";

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("rouge");
    g.throughput(Throughput::Elements(1));
    let rouge = Rouge::default();
    g.bench_function("arabic_pair", |b| {
        b.iter(|| rouge.score(black_box(REFERENCE), black_box(CANDIDATE)))
    });
    // A small stop-word set keeps the bench independent of NLTK data.
    let stop = ["في", "من", "على", "إلى", "أن"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let x = XlsumRouge::with_stopwords(stop);
    g.bench_function("xlsum_pair", |b| {
        b.iter(|| x.score(black_box(REFERENCE), black_box(CANDIDATE)))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
