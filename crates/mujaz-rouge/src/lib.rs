//! # mujaz-rouge
//!
//! ROUGE for Arabic that never silently returns 0: text is normalized (diacritics, tatweel,
//! alef forms, `ى`, `ة`), tokenized with mujaz's tokenizer (Arabic, Latin and numbers all
//! count) and stemmed with the light stemmer. A side that yields no tokens is flagged in
//! [`Score::empty`] instead of being averaged in as a real 0.
//!
//! ```
//! use mujaz_rouge::Rouge;
//!
//! let rouge = Rouge::default();
//! let s = rouge.score("وصلت المساعدات إلى المدينة", "وصَلَتْ المساعدات للمدينة");
//! assert!(s.rouge1.f > 0.6);
//! // Google's rouge-score gives 0 here; identical Arabic strings score 1.
//! assert_eq!(rouge.score("قال الوزير", "قال الوزير").rouge1.f, 1.0);
//! ```
//!
//! Corpus scores with bootstrap confidence intervals:
//!
//! ```
//! use mujaz_rouge::{Aggregate, Rouge};
//!
//! let rouge = Rouge::default();
//! let scores: Vec<_> = [("قال الوزير", "قال الوزير"), ("وصل الوفد", "غادر الوفد")]
//!     .iter()
//!     .map(|(r, c)| rouge.score(r, c))
//!     .collect();
//! let agg = Aggregate::new(&scores, 1000, 42);
//! assert!(agg.rouge1.f.low <= agg.rouge1.f.mean && agg.rouge1.f.mean <= agg.rouge1.f.high);
//! ```

#![warn(missing_docs)]

mod aggregate;
pub mod xlsum;

pub use aggregate::{Aggregate, Interval, PrfInterval};

use std::hash::Hash;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use mujaz_text::{sentences, tokenize, LightStemmer, Normalizer, NormalizerConfig, TokenKind};

/// Precision, recall and F1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    /// Precision.
    pub p: f64,
    /// Recall.
    pub r: f64,
    /// F1.
    pub f: f64,
}

impl Prf {
    pub(crate) fn from_counts(overlap: usize, cand: usize, refn: usize) -> Prf {
        let p = if cand == 0 {
            0.0
        } else {
            overlap as f64 / cand as f64
        };
        let r = if refn == 0 {
            0.0
        } else {
            overlap as f64 / refn as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf { p, r, f }
    }
}

/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum for one (reference, candidate) pair.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// Unigram overlap.
    pub rouge1: Prf,
    /// Bigram overlap.
    pub rouge2: Prf,
    /// Longest common subsequence over the whole texts.
    #[serde(rename = "rougeL")]
    pub rouge_l: Prf,
    /// Summary-level LCS over sentences (split with mujaz's splitter).
    #[serde(rename = "rougeLsum")]
    pub rouge_lsum: Prf,
    /// True when the reference or the candidate yielded no tokens: the zeros are not a
    /// measurement and should not be averaged in silently.
    pub empty: bool,
}

impl Score {
    /// The four metrics, in the order rouge1, rouge2, rougeL, rougeLsum.
    pub fn metrics(&self) -> [Prf; 4] {
        [self.rouge1, self.rouge2, self.rouge_l, self.rouge_lsum]
    }
}

/// Metric names, in the order of [`Score::metrics`].
pub const METRICS: [&str; 4] = ["rouge1", "rouge2", "rougeL", "rougeLsum"];

/// How several references combine into one document score.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MultiRef {
    /// Per metric, the reference with the best F1 (rouge-score's convention).
    #[default]
    Max,
    /// The mean over references.
    Mean,
}

/// Tokenization options of the Arabic scorer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RougeConfig {
    /// Orthographic normalization (off: compare tokens as written).
    pub normalize: bool,
    /// The normalization steps when `normalize` is on (default: mujaz's defaults plus
    /// ة → ه, as EASC references spell it).
    pub normalizer: NormalizerConfig,
    /// Light stemming of Arabic tokens.
    pub stem: bool,
}

impl Default for RougeConfig {
    fn default() -> Self {
        RougeConfig {
            normalize: true,
            normalizer: NormalizerConfig {
                teh_marbuta: true,
                ..NormalizerConfig::default()
            },
            stem: true,
        }
    }
}

/// The Arabic ROUGE scorer.
#[derive(Clone, Debug)]
pub struct Rouge {
    normalizer: Normalizer,
    stemmer: Option<LightStemmer>,
}

impl Default for Rouge {
    fn default() -> Self {
        Rouge::with_config(&RougeConfig::default())
    }
}

impl Rouge {
    /// A scorer with normalization; `stem` turns light stemming on.
    pub fn new(stem: bool) -> Self {
        Rouge::with_config(&RougeConfig {
            stem,
            ..RougeConfig::default()
        })
    }

    /// A scorer from a configuration.
    pub fn with_config(cfg: &RougeConfig) -> Self {
        let ncfg = if cfg.normalize {
            cfg.normalizer.clone()
        } else {
            NormalizerConfig::none()
        };
        Rouge {
            normalizer: Normalizer::new(ncfg),
            stemmer: cfg.stem.then(LightStemmer::default),
        }
    }

    /// The ROUGE tokens of a text: normalized, lowercased, stemmed word tokens.
    pub fn tokens(&self, text: &str) -> Vec<String> {
        let norm = self.normalizer.normalize_str(text);
        tokenize(&norm)
            .filter(|t| t.kind.is_word())
            .map(|t| match (t.kind, &self.stemmer) {
                (TokenKind::Arabic, Some(s)) => s.stem_str(t.text).to_string(),
                (TokenKind::Latin, _) => t.text.to_lowercase(),
                _ => t.text.to_string(),
            })
            .collect()
    }

    /// Tokens per sentence (for ROUGE-Lsum).
    pub fn sentence_tokens(&self, text: &str) -> Vec<Vec<String>> {
        sentences(text)
            .map(|s| self.tokens(s.text))
            .filter(|t| !t.is_empty())
            .collect()
    }

    /// Score a candidate against one reference.
    pub fn score(&self, reference: &str, candidate: &str) -> Score {
        let mut s = score_tokens(&self.tokens(reference), &self.tokens(candidate));
        s.rouge_lsum = summary_lcs(
            &self.sentence_tokens(reference),
            &self.sentence_tokens(candidate),
        );
        s
    }

    /// Score a candidate against several references.
    pub fn score_multi(&self, references: &[&str], candidate: &str, how: MultiRef) -> Score {
        combine_each(references, how, |r| self.score(r, candidate))
    }

    /// Score a candidate against several references, keeping per metric the best F1.
    pub fn score_max(&self, references: &[&str], candidate: &str) -> Score {
        self.score_multi(references, candidate, MultiRef::Max)
    }
}

/// Either scorer behind one interface.
#[derive(Debug)]
pub enum Scorer {
    /// mujaz's Arabic ROUGE.
    Arabic(Rouge),
    /// The XL-Sum compatible scorer.
    Xlsum(xlsum::XlsumRouge),
}

impl Scorer {
    /// Score a candidate against one reference.
    pub fn score(&self, reference: &str, candidate: &str) -> Score {
        match self {
            Scorer::Arabic(r) => r.score(reference, candidate),
            Scorer::Xlsum(x) => x.score(reference, candidate),
        }
    }

    /// Score a candidate against several references.
    pub fn score_multi(&self, references: &[&str], candidate: &str, how: MultiRef) -> Score {
        combine_each(references, how, |r| self.score(r, candidate))
    }
}

/// Score each reference with `score` and combine.
fn combine_each(references: &[&str], how: MultiRef, score: impl Fn(&str) -> Score) -> Score {
    let scores: Vec<Score> = references.iter().map(|r| score(r)).collect();
    combine(&scores, how)
}

/// Combine per-reference scores of one document.
pub fn combine(scores: &[Score], how: MultiRef) -> Score {
    if scores.is_empty() {
        return Score {
            empty: true,
            ..Score::default()
        };
    }
    let pick = |get: fn(&Score) -> Prf| -> Prf {
        match how {
            MultiRef::Max => scores
                .iter()
                .map(get)
                .fold(None::<Prf>, |best, x| match best {
                    Some(b) if b.f >= x.f => Some(b),
                    _ => Some(x),
                })
                .unwrap_or_default(),
            MultiRef::Mean => {
                let n = scores.len() as f64;
                let sum = scores.iter().map(get).fold(Prf::default(), |a, x| Prf {
                    p: a.p + x.p,
                    r: a.r + x.r,
                    f: a.f + x.f,
                });
                Prf {
                    p: sum.p / n,
                    r: sum.r / n,
                    f: sum.f / n,
                }
            }
        }
    };
    Score {
        rouge1: pick(|s| s.rouge1),
        rouge2: pick(|s| s.rouge2),
        rouge_l: pick(|s| s.rouge_l),
        rouge_lsum: pick(|s| s.rouge_lsum),
        // Flagged when every reference pairing was empty.
        empty: scores.iter().all(|s| s.empty),
    }
}

/// ROUGE-N overlap counts: (clipped overlap, reference n-grams, candidate n-grams).
pub fn ngram_overlap<T: Hash + Eq>(a: &[T], b: &[T], n: usize) -> (usize, usize, usize) {
    let n = n.max(1);
    if a.len() < n || b.len() < n {
        return (
            0,
            a.len().saturating_sub(n - 1),
            b.len().saturating_sub(n - 1),
        );
    }
    let mut counts: FxHashMap<&[T], i64> = FxHashMap::default();
    for w in a.windows(n) {
        *counts.entry(w).or_default() += 1;
    }
    let mut overlap = 0;
    for w in b.windows(n) {
        if let Some(c) = counts.get_mut(w) {
            if *c > 0 {
                *c -= 1;
                overlap += 1;
            }
        }
    }
    (overlap, a.len() - n + 1, b.len() - n + 1)
}

/// ROUGE-N for any N.
pub fn rouge_n<T: Hash + Eq>(reference: &[T], candidate: &[T], n: usize) -> Prf {
    let (o, r, c) = ngram_overlap(reference, candidate, n);
    Prf::from_counts(o, c, r)
}

/// The LCS dynamic-programming table, flat: entry (i, j) at `i * (b.len() + 1) + j`.
fn lcs_table<T: PartialEq>(a: &[T], b: &[T]) -> Vec<u32> {
    let w = b.len() + 1;
    let mut t = vec![0u32; (a.len() + 1) * w];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            t[i * w + j] = if a[i - 1] == b[j - 1] {
                t[(i - 1) * w + j - 1] + 1
            } else {
                t[(i - 1) * w + j].max(t[i * w + j - 1])
            };
        }
    }
    t
}

/// Length of the longest common subsequence.
pub fn lcs_len<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                cur[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Indices into `reference` of one LCS with `candidate`, backtracking the way rouge-score
/// does (so that summary-level unions match it).
fn lcs_indices<T: PartialEq>(reference: &[T], candidate: &[T]) -> Vec<usize> {
    let t = lcs_table(reference, candidate);
    let w = candidate.len() + 1;
    let (mut i, mut j) = (reference.len(), candidate.len());
    let mut out = Vec::new();
    while i > 0 && j > 0 {
        if reference[i - 1] == candidate[j - 1] {
            out.push(i - 1);
            i -= 1;
            j -= 1;
        } else if t[i * w + j - 1] > t[(i - 1) * w + j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    out.reverse();
    out
}

/// Summary-level LCS (ROUGE-Lsum) between sentence-split reference and candidate.
pub fn summary_lcs<T: Hash + Eq>(reference: &[Vec<T>], candidate: &[Vec<T>]) -> Prf {
    let m: usize = reference.iter().map(|s| s.len()).sum();
    let n: usize = candidate.iter().map(|s| s.len()).sum();
    if m == 0 || n == 0 {
        return Prf::default();
    }
    let mut ref_counts: FxHashMap<&T, i64> = FxHashMap::default();
    let mut cand_counts: FxHashMap<&T, i64> = FxHashMap::default();
    for t in reference.iter().flatten() {
        *ref_counts.entry(t).or_default() += 1;
    }
    for t in candidate.iter().flatten() {
        *cand_counts.entry(t).or_default() += 1;
    }
    let mut hits = 0;
    for r in reference {
        let mut union: Vec<usize> = candidate.iter().flat_map(|c| lcs_indices(r, c)).collect();
        union.sort_unstable();
        union.dedup();
        for i in union {
            let tok = &r[i];
            let (Some(rc), Some(cc)) =
                (ref_counts.get(tok).copied(), cand_counts.get(tok).copied())
            else {
                continue;
            };
            if rc > 0 && cc > 0 {
                hits += 1;
                ref_counts.insert(tok, rc - 1);
                cand_counts.insert(tok, cc - 1);
            }
        }
    }
    Prf::from_counts(hits, n, m)
}

/// Score already-tokenized reference and candidate (ROUGE-Lsum treats each as one sentence).
pub fn score_tokens<T: Hash + Eq>(reference: &[T], candidate: &[T]) -> Score {
    let l = lcs_len(reference, candidate);
    let rouge_l = Prf::from_counts(l, candidate.len(), reference.len());
    Score {
        rouge1: rouge_n(reference, candidate, 1),
        rouge2: rouge_n(reference, candidate, 2),
        rouge_l,
        rouge_lsum: rouge_l,
        empty: reference.is_empty() || candidate.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_arabic_scores_one() {
        let r = Rouge::default();
        let s = r.score("وزير الخارجية الأمريكي", "وزير الخارجية الأمريكي");
        for m in s.metrics() {
            assert_eq!(m.f, 1.0);
        }
        assert!(!s.empty);
    }

    #[test]
    fn normalization_and_stemming_match_spellings() {
        let r = Rouge::default();
        let s = r.score("إلى المدرسة", "الى المدرسه");
        assert_eq!(s.rouge1.f, 1.0);
        let s = r.score("المساعدات", "والمساعدات");
        assert_eq!(s.rouge1.f, 1.0);
        let raw = Rouge::with_config(&RougeConfig {
            normalize: false,
            stem: false,
            ..RougeConfig::default()
        });
        assert!(raw.score("إلى المدرسة", "الى المدرسه").rouge1.f < 1.0);
    }

    #[test]
    fn counts_by_hand() {
        // ref: a b c d ; cand: a c e  -> R1 overlap 2, P=2/3, R=2/4
        let s = score_tokens(&["a", "b", "c", "d"], &["a", "c", "e"]);
        assert!((s.rouge1.p - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.rouge1.r - 0.5).abs() < 1e-12);
        assert_eq!(s.rouge2.f, 0.0);
        assert_eq!(lcs_len(&["a", "b", "c", "d"], &["a", "c", "e"]), 2);
        // Clipped counts: cand repeats a word the ref has once.
        let s = score_tokens(&["a", "b"], &["a", "a"]);
        assert!((s.rouge1.p - 0.5).abs() < 1e-12);
        // ROUGE-3.
        let p = rouge_n(&["a", "b", "c", "d"], &["a", "b", "c"], 3);
        assert!((p.p - 1.0).abs() < 1e-12 && (p.r - 0.5).abs() < 1e-12);
    }

    #[test]
    fn summary_level_lcs_by_hand() {
        // The classic example from Lin (2004): r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8,
        // c2 = w1 w3 w8 w9 w5 -> union LCS = w1 w2 w3 w5: 4 hits, R = 4/5, P = 4/10.
        let r = vec![vec!["w1", "w2", "w3", "w4", "w5"]];
        let c = vec![
            vec!["w1", "w2", "w6", "w7", "w8"],
            vec!["w1", "w3", "w8", "w9", "w5"],
        ];
        let s = summary_lcs(&r, &c);
        assert!((s.r - 0.8).abs() < 1e-12);
        assert!((s.p - 0.4).abs() < 1e-12);
    }

    #[test]
    fn lsum_uses_sentences() {
        let r = Rouge::default();
        let s = r.score("ذهب الوفد. عاد الرئيس.", "عاد الرئيس. ذهب الوفد.");
        assert_eq!(s.rouge_lsum.f, 1.0);
        assert!(s.rouge_l.f < 1.0);
    }

    #[test]
    fn empty_is_flagged_not_silent() {
        let r = Rouge::default();
        assert!(r.score("...", "قال الوزير").empty);
        assert!(r.score("قال", "").empty);
        assert!(r.score_max(&[], "قال").empty);
    }

    #[test]
    fn max_and_mean_over_references() {
        let r = Rouge::default();
        let refs = ["كلام اخر تماما", "قال الوزير"];
        assert_eq!(r.score_max(&refs, "قال الوزير").rouge1.f, 1.0);
        let mean = r.score_multi(&refs, "قال الوزير", MultiRef::Mean);
        assert!((mean.rouge1.f - 0.5).abs() < 1e-12);
    }
}
