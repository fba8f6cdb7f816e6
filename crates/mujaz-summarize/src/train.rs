//! Training the learned scorer from gold summaries: ROUGE-oracle labels, logistic regression.

use mujaz_rouge::Rouge;
use std::borrow::Cow;

use crate::features::{sentence_features, NUM_FEATURES};
use crate::model::LinearModel;
use crate::{Mode, Summarizer};

/// One training document.
#[derive(Clone, Debug)]
pub struct GoldDoc {
    /// Record id (used for the train/validation split).
    pub id: String,
    /// Article text.
    pub text: String,
    /// Title, if the input should use one.
    pub title: Option<String>,
    /// Reference summaries.
    pub summaries: Vec<String>,
}

/// A stable hash of an id, so the validation split never depends on file order.
pub fn id_hash(id: &str) -> u64 {
    // FNV-1a
    let mut h: u64 = 0xcbf29ce484222325;
    for b in id.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// True when a document belongs to the validation fold (`1/folds` of the ids).
pub fn is_validation(id: &str, folds: u64) -> bool {
    folds > 1 && id_hash(id).is_multiple_of(folds)
}

/// Labels of one document's sentences: the ROUGE oracle. For standfirst and headline, the
/// sentence with the best ROUGE-1+2 F1 against the references; for extracts, the greedy
/// oracle set of `k` sentences. ([`dataset`] passes a headline's or standfirst's sentences
/// compressed, as the summary shows them.)
pub fn oracle_labels(
    rouge: &Rouge,
    sentences: &[&str],
    refs: &[&str],
    mode: Mode,
    k: usize,
) -> Vec<f32> {
    let mut labels = vec![0f32; sentences.len()];
    let refs_tok: Vec<Vec<String>> = refs.iter().map(|r| rouge.tokens(r)).collect();
    let sent_tok: Vec<Vec<String>> = sentences.iter().map(|s| rouge.tokens(s)).collect();
    let gain = |cand: &[String]| -> f64 {
        refs_tok
            .iter()
            .map(|r| {
                let s = mujaz_rouge::score_tokens(r, cand);
                s.rouge1.f + s.rouge2.f
            })
            .fold(0f64, f64::max)
    };
    let k = if mode == Mode::Extract { k.max(1) } else { 1 };
    let mut chosen: Vec<usize> = Vec::new();
    let mut current = 0f64;
    for _ in 0..k {
        let mut best: Option<(usize, f64)> = None;
        for i in 0..sentences.len() {
            if chosen.contains(&i) || sent_tok[i].is_empty() {
                continue;
            }
            let mut idx = chosen.clone();
            idx.push(i);
            idx.sort_unstable();
            let cand: Vec<String> = idx
                .iter()
                .flat_map(|&j| sent_tok[j].iter().cloned())
                .collect();
            let g = gain(&cand);
            if g > current && best.is_none_or(|(_, bg)| g > bg) {
                best = Some((i, g));
            }
        }
        match best {
            Some((i, g)) => {
                chosen.push(i);
                current = g;
            }
            None => break,
        }
    }
    for i in chosen {
        labels[i] = 1.0;
    }
    labels
}

/// Feature rows and labels for a set of documents (of their leads, with `lead_words`: the
/// oracle then labels the best sentences of the lead).
pub fn dataset(
    summarizer: &Summarizer,
    docs: &[GoldDoc],
    mode: Mode,
    k: usize,
    lead_words: Option<usize>,
) -> Vec<Group> {
    let rouge = Rouge::default();
    let mut groups = Vec::new();
    // A headline or standfirst is scored as it will be shown, compressed and its verb in the
    // present: a long lead that compression makes fit can beat a short second sentence it
    // would lose to whole.
    let shown = Some(crate::default_compression(mode)).filter(|c| !c.is_none());
    for d in docs {
        let title = d.title.as_deref().map(|t| summarizer.analyzer().analyze(t));
        let p = summarizer.prepare_lead(&d.text, title.as_ref(), lead_words);
        let texts: Vec<Cow<'_, str>> = p
            .analysis
            .sentences()
            .iter()
            .enumerate()
            .map(|(k, s)| match &shown {
                // Empty text: the oracle never labels a heading line.
                _ if p.vectors.set_aside(k) => Cow::Borrowed(""),
                Some(opts) => {
                    Cow::Owned(crate::compress::compress(&p.analysis, s, opts).text(&d.text))
                }
                None => Cow::Borrowed(p.analysis.sentence_text(s)),
            })
            .collect();
        let sents: Vec<&str> = texts.iter().map(|t| t.as_ref()).collect();
        if sents.is_empty() {
            continue;
        }
        let refs: Vec<&str> = d.summaries.iter().map(|s| s.as_str()).collect();
        let y = oracle_labels(&rouge, &sents, &refs, mode, k);
        if y.iter().all(|&v| v == 0.0) {
            continue;
        }
        // Heading lines are never chosen (see `best_sentence`), so they are no alternative
        // to learn against either.
        let (x, y): (Vec<_>, Vec<_>) = sentence_features(&p.analysis, &p.vectors)
            .into_iter()
            .zip(y)
            .enumerate()
            .filter(|&(k, _)| !p.vectors.set_aside(k))
            .map(|(_, row)| row)
            .unzip();
        groups.push((x, y));
    }
    groups
}

/// One document's feature rows and labels.
pub type Group = (Vec<[f32; NUM_FEATURES]>, Vec<f32>);

/// How to train one mode's model.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainConfig {
    /// The mode.
    pub mode: Mode,
    /// Extract size for the oracle labels.
    pub k: usize,
    /// L2 regularization.
    pub l2: f32,
    /// Gradient-descent epochs.
    pub epochs: usize,
    /// Read only each article's lead (see [`crate::LinearModel::lead_words`]).
    pub lead_words: Option<usize>,
}

/// Train one mode's model.
pub fn train(summarizer: &Summarizer, docs: &[GoldDoc], config: &TrainConfig) -> LinearModel {
    let groups = dataset(summarizer, docs, config.mode, config.k, config.lead_words);
    LinearModel {
        lead_words: config.lead_words,
        ..LinearModel::train(&groups, config.l2, config.epochs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The headline oracle scores sentences as the headline shows them: a lead that only its
    /// dateline, times and verb of saying keep from the reference wins once they are gone.
    #[test]
    fn headline_labels_score_the_compressed_sentence() {
        let doc = GoldDoc {
            id: "t".into(),
            text: "القاهرة (رويترز) - قال وزير المالية المصري (45 عاما)، صباح اليوم الأحد 12 مارس 2018، إن الحكومة ستخفض الضرائب.\nويعتقد وزير المالية المصري أن الحكومة ستخفض الضرائب.".into(),
            title: None,
            summaries: vec!["وزير المالية المصري: الحكومة ستخفض الضرائب".into()],
        };
        let s = Summarizer::default();
        let label = |mode| {
            dataset(&s, std::slice::from_ref(&doc), mode, 1, None)[0]
                .1
                .clone()
        };
        assert_eq!(label(Mode::Standfirst), vec![0.0, 1.0]);
        assert_eq!(label(Mode::Headline), vec![1.0, 0.0]);
    }

    /// The standfirst oracle scores the lead with its verb in the present, as it is shown.
    #[test]
    fn standfirst_labels_score_the_present_tense() {
        let doc = GoldDoc {
            id: "t".into(),
            text: "أعلنت الحكومة خطة لدعم المزارعين.\nتعلن الحكومة اليوم خطة لدعم المزارعين."
                .into(),
            title: None,
            summaries: vec!["الحكومة تعلن خطة لدعم المزارعين".into()],
        };
        let s = Summarizer::default();
        let groups = dataset(&s, std::slice::from_ref(&doc), Mode::Standfirst, 1, None);
        assert_eq!(groups[0].1, vec![1.0, 0.0]);
        // As written, the second sentence was the better one.
        let rouge = Rouge::default();
        let as_written = [
            "أعلنت الحكومة خطة لدعم المزارعين.",
            "تعلن الحكومة اليوم خطة لدعم المزارعين.",
        ];
        let refs = ["الحكومة تعلن خطة لدعم المزارعين"];
        let y = oracle_labels(&rouge, &as_written, &refs, Mode::Standfirst, 1);
        assert_eq!(y, vec![0.0, 1.0]);
    }
}
