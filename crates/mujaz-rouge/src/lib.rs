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

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use mujaz_text::{tokenize, LightStemmer, Normalizer, NormalizerConfig, TokenKind};

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
    fn from_counts(overlap: usize, cand: usize, refn: usize) -> Prf {
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

/// ROUGE-1, ROUGE-2 and ROUGE-L for one (reference, candidate) pair.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// Unigram overlap.
    pub rouge1: Prf,
    /// Bigram overlap.
    pub rouge2: Prf,
    /// Longest common subsequence.
    #[serde(rename = "rougeL")]
    pub rouge_l: Prf,
    /// True when the reference or the candidate yielded no tokens: the zeros are not a
    /// measurement and should not be averaged in silently.
    pub empty: bool,
}

/// Tokenization options.
#[derive(Clone, Debug)]
pub struct Rouge {
    normalizer: Normalizer,
    stemmer: Option<LightStemmer>,
}

impl Default for Rouge {
    fn default() -> Self {
        Rouge::new(true)
    }
}

impl Rouge {
    /// A scorer; `stem` turns light stemming on.
    pub fn new(stem: bool) -> Self {
        let cfg = NormalizerConfig {
            teh_marbuta: true,
            ..NormalizerConfig::default()
        };
        Rouge {
            normalizer: Normalizer::new(cfg),
            stemmer: stem.then(LightStemmer::default),
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

    /// Score a candidate against one reference.
    pub fn score(&self, reference: &str, candidate: &str) -> Score {
        score_tokens(&self.tokens(reference), &self.tokens(candidate))
    }

    /// Score a candidate against several references, keeping per metric the best F1.
    pub fn score_max(&self, references: &[&str], candidate: &str) -> Score {
        let cand = self.tokens(candidate);
        let mut best: Option<Score> = None;
        for r in references {
            let s = score_tokens(&self.tokens(r), &cand);
            best = Some(match best {
                None => s,
                Some(b) => Score {
                    rouge1: if s.rouge1.f > b.rouge1.f {
                        s.rouge1
                    } else {
                        b.rouge1
                    },
                    rouge2: if s.rouge2.f > b.rouge2.f {
                        s.rouge2
                    } else {
                        b.rouge2
                    },
                    rouge_l: if s.rouge_l.f > b.rouge_l.f {
                        s.rouge_l
                    } else {
                        b.rouge_l
                    },
                    empty: b.empty && s.empty,
                },
            });
        }
        best.unwrap_or(Score {
            empty: true,
            ..Score::default()
        })
    }
}

fn ngram_overlap<T: AsRef<str>>(a: &[T], b: &[T], n: usize) -> (usize, usize, usize) {
    if a.len() < n || b.len() < n {
        return (
            0,
            a.len().saturating_sub(n - 1),
            b.len().saturating_sub(n - 1),
        );
    }
    let mut counts: FxHashMap<Vec<&str>, i64> = FxHashMap::default();
    for w in a.windows(n) {
        *counts
            .entry(w.iter().map(|x| x.as_ref()).collect())
            .or_default() += 1;
    }
    let mut overlap = 0;
    for w in b.windows(n) {
        let key: Vec<&str> = w.iter().map(|x| x.as_ref()).collect();
        if let Some(c) = counts.get_mut(&key) {
            if *c > 0 {
                *c -= 1;
                overlap += 1;
            }
        }
    }
    (overlap, a.len() - n + 1, b.len() - n + 1)
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

/// Score already-tokenized reference and candidate.
pub fn score_tokens<T: AsRef<str> + PartialEq>(reference: &[T], candidate: &[T]) -> Score {
    let (o1, r1, c1) = ngram_overlap(reference, candidate, 1);
    let (o2, r2, c2) = ngram_overlap(reference, candidate, 2);
    let l = lcs_len(reference, candidate);
    Score {
        rouge1: Prf::from_counts(o1, c1, r1),
        rouge2: Prf::from_counts(o2, c2, r2),
        rouge_l: Prf::from_counts(l, candidate.len(), reference.len()),
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
        assert_eq!(s.rouge1.f, 1.0);
        assert_eq!(s.rouge2.f, 1.0);
        assert_eq!(s.rouge_l.f, 1.0);
        assert!(!s.empty);
    }

    #[test]
    fn normalization_and_stemming_match_spellings() {
        let r = Rouge::default();
        let s = r.score("إلى المدرسة", "الى المدرسه");
        assert_eq!(s.rouge1.f, 1.0);
        let s = r.score("المساعدات", "والمساعدات");
        assert_eq!(s.rouge1.f, 1.0);
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
    }

    #[test]
    fn empty_is_flagged_not_silent() {
        let r = Rouge::default();
        let s = r.score("...", "قال الوزير");
        assert!(s.empty);
        let s = r.score_max(&[], "قال");
        assert!(s.empty);
    }

    #[test]
    fn max_over_references() {
        let r = Rouge::default();
        let s = r.score_max(&["كلام اخر تماما", "قال الوزير"], "قال الوزير");
        assert_eq!(s.rouge1.f, 1.0);
    }
}
