//! Heap allocations per summarized article (a counting allocator around the system one):
//! `cargo run --release -p mujaz-summarize --example alloc_count -- FILE.jsonl [MODE]`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use mujaz_summarize::{Options, Summarizer};

struct Counting;
static ALLOCS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator, only counting.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(l.size(), Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(n, Ordering::Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: alloc_count FILE.jsonl [MODE]");
    let mode = args
        .next()
        .map_or(Ok(Default::default()), |m| m.parse())
        .expect("MODE");
    let raw = std::fs::read_to_string(&path).expect("readable file");
    let docs: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let s = Summarizer::default();
    let opts = Options {
        mode,
        ..Options::default()
    };
    let sentences: usize = docs
        .iter()
        .map(|d| s.analyzer().analyze(d).sentences().len())
        .sum();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let _ = s.summarize(&docs[0], &opts); // lazy tables
    let (a0, b0) = (
        ALLOCS.load(Ordering::Relaxed),
        BYTES.load(Ordering::Relaxed),
    );
    for d in &docs {
        let _ = s.summarize(d, &opts);
    }
    let (a1, b1) = (
        ALLOCS.load(Ordering::Relaxed),
        BYTES.load(Ordering::Relaxed),
    );
    let n = docs.len() as f64;
    println!(
        "{} docs ({:.0} bytes, {:.1} sentences each): {:.1} allocations, {:.0} bytes allocated per doc",
        docs.len(),
        bytes as f64 / n,
        sentences as f64 / n,
        (a1 - a0) as f64 / n,
        (b1 - b0) as f64 / n
    );
}
