//! A small logistic-regression sentence scorer, trained by `mujaz train` and shipped inside
//! the binary as JSON.

use serde::{Deserialize, Serialize};

use crate::features::{FEATURE_NAMES, NUM_FEATURES};

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
            features: FEATURE_NAMES.iter().map(|s| s.to_string()).collect(),
            mean: vec![0.0; NUM_FEATURES],
            std: vec![1.0; NUM_FEATURES],
            weights,
            bias: 0.0,
        }
    }

    fn validate(&self) -> Result<(), String> {
        let names: Vec<&str> = self.features.iter().map(|s| s.as_str()).collect();
        if names != FEATURE_NAMES {
            return Err(format!(
                "features {names:?} do not match this build's {FEATURE_NAMES:?}; retrain with `mujaz train`"
            ));
        }
        if self.mean.len() != NUM_FEATURES
            || self.std.len() != NUM_FEATURES
            || self.weights.len() != NUM_FEATURES
        {
            return Err("vector lengths do not match the feature count".into());
        }
        if self.std.iter().any(|s| !(s.is_finite() && *s > 0.0))
            || self.weights.iter().chain(&self.mean).any(|w| !w.is_finite())
        {
            return Err("non-finite or non-positive values".into());
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

    /// Train by full-batch gradient descent on the logistic loss with L2, from rows and
    /// 0/1 labels (positives weighted to balance the classes).
    pub fn train(rows: &[[f32; NUM_FEATURES]], labels: &[f32], l2: f32, epochs: usize) -> Self {
        let n = rows.len().max(1) as f32;
        let mut mean = vec![0f32; NUM_FEATURES];
        let mut std = vec![0f32; NUM_FEATURES];
        for r in rows {
            for k in 0..NUM_FEATURES {
                mean[k] += r[k] / n;
            }
        }
        for r in rows {
            for k in 0..NUM_FEATURES {
                std[k] += (r[k] - mean[k]).powi(2) / n;
            }
        }
        for s in std.iter_mut() {
            *s = s.sqrt().max(1e-3);
        }
        let xs: Vec<[f32; NUM_FEATURES]> = rows
            .iter()
            .map(|r| {
                let mut z = [0f32; NUM_FEATURES];
                for k in 0..NUM_FEATURES {
                    z[k] = (r[k] - mean[k]) / std[k];
                }
                z
            })
            .collect();
        let pos: f32 = labels.iter().sum();
        let wpos = if pos > 0.0 { (n - pos) / pos } else { 1.0 };
        let mut w = vec![0f32; NUM_FEATURES];
        let mut b = 0f32;
        let lr = 0.5f32;
        // Adam-free but stable: plain gradient descent on standardized inputs converges.
        for _ in 0..epochs {
            let mut gw = vec![0f32; NUM_FEATURES];
            let mut gb = 0f32;
            let mut wsum = 0f32;
            for (x, &y) in xs.iter().zip(labels) {
                let z: f32 = b + x.iter().zip(&w).map(|(a, c)| a * c).sum::<f32>();
                let p = 1.0 / (1.0 + (-z).exp());
                let sw = if y > 0.5 { wpos } else { 1.0 };
                let g = (p - y) * sw;
                for k in 0..NUM_FEATURES {
                    gw[k] += g * x[k];
                }
                gb += g;
                wsum += sw;
            }
            for k in 0..NUM_FEATURES {
                w[k] -= lr * (gw[k] / wsum + l2 * w[k]);
            }
            b -= lr * gb / wsum;
        }
        LinearModel {
            features: FEATURE_NAMES.iter().map(|s| s.to_string()).collect(),
            mean,
            std,
            weights: w,
            bias: b,
        }
    }
}
