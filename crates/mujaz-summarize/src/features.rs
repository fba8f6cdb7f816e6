//! Sentence features for the learned scorer.

use mujaz_text::{Analysis, TokenKind};

use crate::doc::DocVectors;
use crate::score;

/// Names of the base features, in vector order. The full vector repeats them multiplied by
/// `is_first`, so a linear model can treat the lead sentence differently from the rest
/// (a weak lead is exactly when another sentence should win).
pub const BASE_FEATURES: &[&str] = &[
    "is_first",
    "inv_position",
    "rel_position",
    "log_words",
    "words_norm",
    "words_norm_sq",
    "short",
    "centroid",
    "title_sim",
    "has_title",
    "starts_conjunction",
    "has_quote",
    "attribution",
    "number_ratio",
    "latin_ratio",
    "question",
    "paragraph_start",
    "sim_first",
    "salience",
    "log_doc_sentences",
];

/// Number of base features.
pub const NUM_BASE: usize = BASE_FEATURES.len();
/// Number of features (base, then base × is_first).
pub const NUM_FEATURES: usize = 2 * NUM_BASE;

/// Names of all features, in vector order (stored with a trained model).
pub fn feature_names() -> Vec<String> {
    BASE_FEATURES
        .iter()
        .map(|s| s.to_string())
        .chain(BASE_FEATURES.iter().map(|s| format!("first*{s}")))
        .collect()
}

fn norm_max(v: &[f32]) -> Vec<f32> {
    let m = v.iter().cloned().fold(0f32, f32::max);
    if m > 0.0 {
        v.iter().map(|x| x / m).collect()
    } else {
        vec![0.0; v.len()]
    }
}

/// Compute the feature matrix (one row per sentence).
pub fn sentence_features(doc: &Analysis<'_>, vecs: &DocVectors) -> Vec<[f32; NUM_FEATURES]> {
    // Positions count sentences, not the heading lines before them (a scraped article's
    // title or update time): its lead is still the first sentence.
    let n = vecs
        .sentences
        .iter()
        .filter(|sv| !vecs.sets_aside(sv))
        .count();
    let first = (vecs.sentences.iter())
        .position(|sv| !vecs.sets_aside(sv))
        .unwrap_or(0);
    let centroid = norm_max(&score::centroid(vecs));
    let text = doc.text();
    let has_title = !vecs.title.is_empty();
    let log_n = (1.0 + n as f32).ln();
    let mut rows = Vec::with_capacity(vecs.sentences.len());
    let mut i = 0usize;
    for (k, (s, sv)) in doc.sentences().iter().zip(&vecs.sentences).enumerate() {
        let toks = doc.sentence_tokens(s);
        let words = sv.words as f32;
        let mut numbers = 0f32;
        let mut latin = 0f32;
        let mut quote = false;
        for t in toks {
            match t.kind {
                TokenKind::Number => numbers += 1.0,
                TokenKind::Latin => latin += 1.0,
                TokenKind::Arabic => {}
                TokenKind::Punct => {
                    let p = doc.norm(t);
                    if p.starts_with('"') || p.starts_with('\'') {
                        quote = true;
                    }
                }
                TokenKind::Symbol => {}
            }
        }
        let first_word = toks
            .iter()
            .find(|t| t.kind == TokenKind::Arabic)
            .map(|t| doc.norm(t));
        let starts_conj = first_word
            .is_some_and(|w| (w.starts_with('و') || w.starts_with('ف')) && w.chars().count() > 3);
        let stext = doc.sentence_text(s);
        let question = stext.ends_with('?') || stext.ends_with('؟');
        // Direction marks before a sentence (trimmed off its span) do not hide a paragraph
        // start.
        let before = text[..s.start].trim_end_matches(|c: char| {
            c == ' ' || c == '\t' || mujaz_text::normalize::is_invisible(c)
        });
        let para = before.is_empty() || before.ends_with('\n');
        let title_sim = if has_title {
            vecs.cosine(vecs.tf(k), &vecs.title)
        } else {
            0.0
        };
        let sim_first = if k == first {
            1.0
        } else {
            vecs.sentence_cosine(k, first)
        };
        let salience = if sv.content > 0 {
            vecs.tf(k)
                .iter()
                .map(|&(id, _)| (vecs.doc_tf[id as usize] - 1.0).min(5.0))
                .sum::<f32>()
                / sv.content as f32
        } else {
            0.0
        };
        let wn = words / 30.0;
        let base: [f32; NUM_BASE] = [
            (i == 0) as u8 as f32,
            1.0 / (1.0 + i as f32),
            if n > 1 {
                i as f32 / (n - 1) as f32
            } else {
                0.0
            },
            (1.0 + words).ln(),
            wn,
            wn * wn,
            (words < 6.0) as u8 as f32,
            centroid[k],
            title_sim,
            has_title as u8 as f32,
            starts_conj as u8 as f32,
            quote as u8 as f32,
            sv.attribution as u8 as f32,
            if words > 0.0 { numbers / words } else { 0.0 },
            if words > 0.0 { latin / words } else { 0.0 },
            question as u8 as f32,
            para as u8 as f32,
            sim_first,
            salience,
            log_n,
        ];
        let mut row = [0f32; NUM_FEATURES];
        row[..NUM_BASE].copy_from_slice(&base);
        if i == 0 {
            row[NUM_BASE..].copy_from_slice(&base);
        }
        rows.push(row);
        i += !vecs.sets_aside(sv) as usize;
    }
    rows
}
