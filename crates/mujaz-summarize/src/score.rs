//! Unsupervised sentence scorers: lead, centroid, TextRank and LexRank.

use crate::doc::DocVectors;

/// Graph methods compare every pair of sentences; beyond this many sentences only the first
/// ones enter the graph (the rest score 0), which keeps a 5 MB article linear in time.
pub const MAX_GRAPH_SENTENCES: usize = 300;

/// Lead: earlier is better.
pub fn lead(doc: &DocVectors) -> Vec<f32> {
    (0..doc.sentences.len())
        .map(|i| 1.0 / (1.0 + i as f32))
        .collect()
}

/// Centroid: tf-idf cosine to the document centroid.
pub fn centroid(doc: &DocVectors) -> Vec<f32> {
    (0..doc.sentences.len())
        .map(|i| doc.centroid_cosine(doc.tf(i)))
        .collect()
}

/// Power iteration of PageRank over a dense weighted graph (rows normalized here).
fn pagerank(weights: &[Vec<f32>], damping: f32) -> Vec<f32> {
    let n = weights.len();
    if n == 0 {
        return Vec::new();
    }
    let out_sum: Vec<f32> = weights.iter().map(|r| r.iter().sum()).collect();
    let mut rank = vec![1.0 / n as f32; n];
    let mut next = vec![0f32; n];
    for _ in 0..100 {
        let dangling: f32 = (0..n).filter(|&i| out_sum[i] == 0.0).map(|i| rank[i]).sum();
        let base = (1.0 - damping) / n as f32 + damping * dangling / n as f32;
        next.iter_mut().for_each(|x| *x = base);
        for i in 0..n {
            if out_sum[i] == 0.0 {
                continue;
            }
            let share = damping * rank[i] / out_sum[i];
            for (j, &w) in weights[i].iter().enumerate() {
                if w != 0.0 {
                    next[j] += share * w;
                }
            }
        }
        let delta: f32 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if delta < 1e-5 {
            break;
        }
    }
    rank
}

fn graph_scores(doc: &DocVectors, sim: impl Fn(usize, usize) -> f32) -> Vec<f32> {
    let n = doc.sentences.len().min(MAX_GRAPH_SENTENCES);
    let mut w = vec![vec![0f32; n]; n];
    for i in 0..n {
        for j in (i + 1)..n {
            let s = sim(i, j);
            w[i][j] = s;
            w[j][i] = s;
        }
    }
    let mut scores = pagerank(&w, 0.85);
    scores.resize(doc.sentences.len(), 0.0);
    scores
}

/// TextRank (Mihalcea & Tarau 2004): overlap normalized by log lengths.
pub fn textrank(doc: &DocVectors) -> Vec<f32> {
    let logs: Vec<f32> = doc
        .sentences
        .iter()
        .map(|s| {
            if s.content < 2 {
                0.0
            } else {
                (s.content as f32).ln()
            }
        })
        .collect();
    graph_scores(doc, |i, j| {
        if logs[i] == 0.0 || logs[j] == 0.0 {
            return 0.0;
        }
        DocVectors::overlap(doc.tf(i), doc.tf(j)) / (logs[i] + logs[j])
    })
}

/// Continuous LexRank (Erkan & Radev 2004): tf-idf cosine weights.
pub fn lexrank(doc: &DocVectors) -> Vec<f32> {
    graph_scores(doc, |i, j| doc.sentence_cosine(i, j))
}
