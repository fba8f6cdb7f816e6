//! A small logistic-regression sentence scorer, trained by `mujaz train` and shipped inside
//! the binary as JSON.

use serde::{Deserialize, Serialize};

use crate::features::{feature_names, NUM_FEATURES};

/// One mode's linear model over standardized features.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct LinearModel {
    /// Feature names, in order (checked on load).
    pub features: Vec<String>,
    /// Feature means (standardization).
    pub mean: Vec<f32>,
    /// Feature standard deviations (standardization).
    pub std: Vec<f32>,
    /// Weights on standardized features.
    pub weights: Vec<f32>,
    /// Bias.
    pub bias: f32,
    /// When set, the model reads only the article's lead: its sentences up to the one in
    /// which this many words are reached (see [`mujaz_text::Analyzer::analyze_lead`]).
    /// Features such as the centroid and relative position are then those of the lead, so
    /// the model must be used with the window it was trained with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_words: Option<usize>,
}

/// The models of every mode.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Model {
    /// Format version.
    pub version: u32,
    /// How the model was made (command, data, date).
    pub provenance: String,
    /// Standfirst model.
    pub standfirst: LinearModel,
    /// Headline model.
    pub headline: LinearModel,
    /// Extract model.
    pub extract: LinearModel,
}

/// The model shipped with mujaz (regenerate with the command in its `provenance`).
pub const DEFAULT_MODEL_JSON: &str = include_str!("default_model.json");

impl Model {
    /// The model of one mode.
    pub fn for_mode(&self, mode: crate::Mode) -> &LinearModel {
        match mode {
            crate::Mode::Standfirst => &self.standfirst,
            crate::Mode::Headline => &self.headline,
            crate::Mode::Extract => &self.extract,
        }
    }

    /// The embedded default model.
    pub fn embedded() -> Model {
        Model::from_json(DEFAULT_MODEL_JSON).expect("embedded model is valid")
    }

    /// Parse and validate a model.
    pub fn from_json(s: &str) -> Result<Model, String> {
        let m: Model = serde_json::from_str(s).map_err(|e| format!("invalid model JSON: {e}"))?;
        for (name, lm) in [
            ("standfirst", &m.standfirst),
            ("headline", &m.headline),
            ("extract", &m.extract),
        ] {
            lm.validate().map_err(|e| format!("model '{name}': {e}"))?;
        }
        Ok(m)
    }
}

impl LinearModel {
    /// A model that scores by position only (used before any training).
    pub fn lead_like() -> LinearModel {
        let mut weights = vec![0.0; NUM_FEATURES];
        weights[1] = 1.0;
        LinearModel {
            features: feature_names(),
            mean: vec![0.0; NUM_FEATURES],
            std: vec![1.0; NUM_FEATURES],
            weights,
            bias: 0.0,
            lead_words: None,
        }
    }

    fn validate(&self) -> Result<(), String> {
        if self.features != feature_names() {
            return Err(format!(
                "features {:?} do not match this build's {:?}; retrain with `mujaz train`",
                self.features,
                feature_names()
            ));
        }
        if self.mean.len() != NUM_FEATURES
            || self.std.len() != NUM_FEATURES
            || self.weights.len() != NUM_FEATURES
        {
            return Err("vector lengths do not match the feature count".into());
        }
        if self.std.iter().any(|s| !(s.is_finite() && *s > 0.0))
            || self
                .weights
                .iter()
                .chain(&self.mean)
                .any(|w| !w.is_finite())
        {
            return Err("non-finite or non-positive values".into());
        }
        if self.lead_words == Some(0) {
            return Err("lead_words must be at least 1".into());
        }
        Ok(())
    }

    /// The logit of one feature row.
    pub fn logit(&self, x: &[f32; NUM_FEATURES]) -> f32 {
        let mut z = self.bias;
        for k in 0..NUM_FEATURES {
            z += self.weights[k] * (x[k] - self.mean[k]) / self.std[k];
        }
        z
    }

    /// Train a conditional-logit (softmax over each document's sentences) model by
    /// full-batch gradient descent with L2: it learns to rank the oracle sentences of a
    /// document above the others, which is what selection needs. `groups` holds one
    /// (rows, labels) pair per document; labels are 0/1.
    pub fn train(groups: &[(Vec<[f32; NUM_FEATURES]>, Vec<f32>)], l2: f32, epochs: usize) -> Self {
        let count: usize = groups.iter().map(|g| g.0.len()).sum();
        let n = count.max(1) as f32;
        let mut mean = [0f32; NUM_FEATURES];
        let mut std = [0f32; NUM_FEATURES];
        for (rows, _) in groups {
            for r in rows {
                for k in 0..NUM_FEATURES {
                    mean[k] += r[k] / n;
                }
            }
        }
        for (rows, _) in groups {
            for r in rows {
                for k in 0..NUM_FEATURES {
                    std[k] += (r[k] - mean[k]).powi(2) / n;
                }
            }
        }
        for s in std.iter_mut() {
            *s = s.sqrt().max(1e-3);
        }
        let data: Vec<(Vec<[f32; NUM_FEATURES]>, Vec<f32>)> = groups
            .iter()
            .filter(|(_, y)| y.iter().any(|&v| v > 0.0))
            .map(|(rows, y)| {
                let xs = rows
                    .iter()
                    .map(|r| {
                        let mut z = [0f32; NUM_FEATURES];
                        for k in 0..NUM_FEATURES {
                            z[k] = (r[k] - mean[k]) / std[k];
                        }
                        z
                    })
                    .collect();
                let total: f32 = y.iter().sum();
                (xs, y.iter().map(|v| v / total).collect())
            })
            .collect();
        let docs = data.len().max(1) as f32;
        let mut w = [0f32; NUM_FEATURES];
        // Adam keeps the step size sane across features of very different curvature.
        let (mut m1, mut m2) = ([0f32; NUM_FEATURES], [0f32; NUM_FEATURES]);
        let (lr, b1, b2, eps) = (0.05f32, 0.9f32, 0.999f32, 1e-8f32);
        let mut logits = Vec::new();
        for t in 1..=epochs {
            let mut g = [0f32; NUM_FEATURES];
            for (xs, y) in &data {
                logits.clear();
                logits.extend(
                    xs.iter()
                        .map(|x| x.iter().zip(&w).map(|(a, c)| a * c).sum::<f32>()),
                );
                let mx = logits.iter().cloned().fold(f32::MIN, f32::max);
                let z: f32 = logits.iter().map(|l| (l - mx).exp()).sum();
                for ((x, l), yi) in xs.iter().zip(&logits).zip(y) {
                    let p = (l - mx).exp() / z;
                    let d = p - yi;
                    for k in 0..NUM_FEATURES {
                        g[k] += d * x[k];
                    }
                }
            }
            for k in 0..NUM_FEATURES {
                let gk = g[k] / docs + l2 * w[k];
                m1[k] = b1 * m1[k] + (1.0 - b1) * gk;
                m2[k] = b2 * m2[k] + (1.0 - b2) * gk * gk;
                let mh = m1[k] / (1.0 - b1.powi(t as i32));
                let vh = m2[k] / (1.0 - b2.powi(t as i32));
                w[k] -= lr * mh / (vh.sqrt() + eps);
            }
        }
        LinearModel {
            features: feature_names(),
            mean: mean.to_vec(),
            std: std.to_vec(),
            weights: w.to_vec(),
            bias: 0.0,
            lead_words: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_window_is_optional_and_positive() {
        let m = Model::embedded();
        let mut v: serde_json::Value = serde_json::from_str(DEFAULT_MODEL_JSON).unwrap();
        // A model written before the window existed reads whole articles.
        v["standfirst"]
            .as_object_mut()
            .unwrap()
            .remove("lead_words");
        let old = Model::from_json(&v.to_string()).unwrap();
        assert_eq!(old.standfirst.lead_words, None);
        assert_eq!(old.headline, m.headline);
        v["standfirst"]["lead_words"] = 0.into();
        let err = Model::from_json(&v.to_string()).unwrap_err();
        assert!(err.contains("lead_words"), "{err}");
    }
}
