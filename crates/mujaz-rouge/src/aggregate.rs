//! Corpus aggregation: the mean of per-document scores with bootstrap confidence intervals,
//! the way rouge-score's `BootstrapAggregator` computes them (resample documents with
//! replacement, take each resample's mean, report the 2.5th and 97.5th percentiles).

use serde::{Deserialize, Serialize};

use crate::Score;

/// A mean with its bootstrap interval.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// 2.5th percentile of the resampled means.
    pub low: f64,
    /// The plain mean over documents.
    pub mean: f64,
    /// 97.5th percentile of the resampled means.
    pub high: f64,
}

/// Intervals for precision, recall and F1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PrfInterval {
    /// Precision.
    pub p: Interval,
    /// Recall.
    pub r: Interval,
    /// F1.
    pub f: Interval,
}

/// Corpus-level ROUGE.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Aggregate {
    /// Documents aggregated (empty ones included, as zeros).
    pub documents: usize,
    /// Documents whose reference or candidate had no tokens.
    pub empty: usize,
    /// ROUGE-1.
    pub rouge1: PrfInterval,
    /// ROUGE-2.
    pub rouge2: PrfInterval,
    /// ROUGE-L.
    #[serde(rename = "rougeL")]
    pub rouge_l: PrfInterval,
    /// ROUGE-Lsum.
    #[serde(rename = "rougeLsum")]
    pub rouge_lsum: PrfInterval,
}

/// A small deterministic generator (SplitMix64): reproducible resamples for a given seed.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn percentile(sorted: &[f64], q: f64) -> f64 {
    // Linear interpolation between closest ranks, as numpy's default.
    if sorted.is_empty() {
        return 0.0;
    }
    let pos = q / 100.0 * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64)
}

impl Aggregate {
    /// Aggregate per-document scores with `resamples` bootstrap resamples (0: no interval,
    /// low = high = mean) from `seed`.
    pub fn new(scores: &[Score], resamples: usize, seed: u64) -> Aggregate {
        let n = scores.len();
        // values[metric][component][doc]
        let mut values = vec![vec![vec![0f64; n]; 3]; 4];
        for (d, s) in scores.iter().enumerate() {
            for (m, prf) in s.metrics().iter().enumerate() {
                values[m][0][d] = prf.p;
                values[m][1][d] = prf.r;
                values[m][2][d] = prf.f;
            }
        }
        let mean = |v: &[f64]| {
            if v.is_empty() {
                0.0
            } else {
                v.iter().sum::<f64>() / v.len() as f64
            }
        };
        let mut rng = SplitMix64(seed);
        let mut boot: Vec<Vec<Vec<f64>>> = (0..4)
            .map(|_| (0..3).map(|_| Vec::with_capacity(resamples)).collect())
            .collect();
        if n > 0 {
            let mut idx = vec![0usize; n];
            for _ in 0..resamples {
                idx.iter_mut().for_each(|i| *i = rng.below(n));
                for m in 0..4 {
                    for c in 0..3 {
                        let s: f64 = idx.iter().map(|&i| values[m][c][i]).sum();
                        boot[m][c].push(s / n as f64);
                    }
                }
            }
        }
        let mut out = [PrfInterval::default(); 4];
        for m in 0..4 {
            let mut comps = [Interval::default(); 3];
            for c in 0..3 {
                let mu = mean(&values[m][c]);
                let b = &mut boot[m][c];
                b.sort_by(|a, b| a.total_cmp(b));
                comps[c] = if b.is_empty() {
                    Interval {
                        low: mu,
                        mean: mu,
                        high: mu,
                    }
                } else {
                    Interval {
                        low: percentile(b, 2.5),
                        mean: mu,
                        high: percentile(b, 97.5),
                    }
                };
            }
            out[m] = PrfInterval {
                p: comps[0],
                r: comps[1],
                f: comps[2],
            };
        }
        Aggregate {
            documents: n,
            empty: scores.iter().filter(|s| s.empty).count(),
            rouge1: out[0],
            rouge2: out[1],
            rouge_l: out[2],
            rouge_lsum: out[3],
        }
    }

    /// The four metrics' intervals, in [`crate::METRICS`] order.
    pub fn metrics(&self) -> [PrfInterval; 4] {
        [self.rouge1, self.rouge2, self.rouge_l, self.rouge_lsum]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::Prf;

    fn score(f: f64) -> Score {
        let p = Prf { p: f, r: f, f };
        Score {
            rouge1: p,
            rouge2: p,
            rouge_l: p,
            rouge_lsum: p,
            empty: false,
        }
    }

    #[test]
    fn mean_and_interval() {
        let scores: Vec<Score> = (0..100).map(|i| score(i as f64 / 100.0)).collect();
        let a = Aggregate::new(&scores, 1000, 7);
        assert!((a.rouge1.f.mean - 0.495).abs() < 1e-12);
        assert!(a.rouge1.f.low < 0.495 && a.rouge1.f.high > 0.495);
        assert!(a.rouge1.f.high - a.rouge1.f.low < 0.15);
        // Reproducible for a seed.
        assert_eq!(a, Aggregate::new(&scores, 1000, 7));
    }

    #[test]
    fn constant_scores_have_no_spread_and_empty_is_counted() {
        let mut scores = vec![score(0.5); 10];
        scores[3].empty = true;
        let a = Aggregate::new(&scores, 200, 1);
        assert_eq!(a.rouge2.f.low, 0.5);
        assert_eq!(a.rouge2.f.high, 0.5);
        assert_eq!(a.empty, 1);
        let none = Aggregate::new(&[], 100, 1);
        assert_eq!(none.documents, 0);
    }
}
