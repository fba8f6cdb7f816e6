//! `mujaz train`: retrain the learned scorer of one mode from gold JSONL files.

use std::path::PathBuf;

use clap::Args;
use mujaz_rouge::Rouge;
use mujaz_summarize::train::{id_hash, is_validation, train, GoldDoc, TrainConfig};
use mujaz_summarize::{Algorithm, Length, Mode, Model, Options, Summarizer};

use crate::gold::{load_gold, Need};
use crate::summarize_cmd::load_model;
use crate::Failure;

#[derive(Args, Debug)]
#[command(
    after_help = "Example (regenerates the embedded model, see crates/mujaz-summarize/src/default_model.json):\n  mujaz train ../shared/data/ant_bbc/dev.jsonl --mode standfirst --out model.json"
)]
pub struct TrainArgs {
    /// Gold JSONL files: {"id","text","title"?,"summaries":[...]} per line.
    #[arg(required = true)]
    gold: Vec<PathBuf>,
    /// Which mode's model to train.
    #[arg(long, value_parser = |s: &str| s.parse::<Mode>())]
    mode: Mode,
    /// Where to write the model (JSON); required unless --cv.
    #[arg(long, required_unless_present = "cv")]
    out: Option<PathBuf>,
    /// Start from this model for the other modes (default: the embedded one).
    #[arg(long)]
    base: Option<PathBuf>,
    /// Extract size used for oracle labels and validation.
    #[arg(long, default_value_t = 3)]
    sentences: usize,
    /// L2 regularization.
    #[arg(long, default_value_t = 1e-3)]
    l2: f32,
    /// Gradient-descent epochs.
    #[arg(long, default_value_t = 300)]
    epochs: usize,
    /// Hold out 1/N of the ids (by hash) for validation; 1 trains on everything.
    #[arg(long, default_value_t = 5)]
    validation_folds: u64,
    /// How much of each article the model reads: its lead, up to the sentence in which this
    /// many words are reached, or `all`. Default: 40 for standfirst, 100 for headline (what
    /// the embedded model uses), all for extract.
    #[arg(long, value_name = "N|all", value_parser = parse_lead_words)]
    lead_words: Option<LeadWords>,
    /// Ignore titles in the gold files.
    #[arg(long)]
    no_title: bool,
    /// Cross-validate instead of training once: split the ids into K folds (by hash), train
    /// on K-1, score the held-out fold, print every fold and the mean. Writes no model.
    #[arg(long, value_name = "K", conflicts_with = "out")]
    cv: Option<u64>,
    /// With --cv: write every document's out-of-fold summary as JSONL {"id","summary"} (for
    /// an outside scorer such as rouge_ar.py).
    #[arg(long, value_name = "FILE", requires = "cv")]
    cv_predictions: Option<PathBuf>,
}

/// `--lead-words`: a word count, or the whole article.
#[derive(Clone, Copy, Debug)]
struct LeadWords(Option<usize>);

fn parse_lead_words(s: &str) -> Result<LeadWords, String> {
    if s == "all" {
        return Ok(LeadWords(None));
    }
    match s.parse::<usize>() {
        Ok(n) if n > 0 => Ok(LeadWords(Some(n))),
        _ => Err(format!(
            "expected a positive word count or 'all', got '{s}'"
        )),
    }
}

impl TrainArgs {
    fn config(&self) -> TrainConfig {
        TrainConfig {
            mode: self.mode,
            k: self.sentences,
            l2: self.l2,
            epochs: self.epochs,
            lead_words: self
                .lead_words
                .map_or(mujaz_summarize::default_lead_words(self.mode), |l| l.0),
        }
    }
}

/// The summaries of `docs` under one setting, in order (empty when a text cannot be
/// summarized).
fn summaries(
    s: &Summarizer,
    docs: &[GoldDoc],
    mode: Mode,
    algorithm: Algorithm,
    k: usize,
) -> Vec<String> {
    docs.iter()
        .map(|d| {
            let opts = Options {
                mode,
                algorithm,
                title: d.title.clone(),
                length: Some(Length::Sentences(k)),
                ..Options::default()
            };
            s.summarize(&d.text, &opts)
                .map(|o| o.summary)
                .unwrap_or_default()
        })
        .collect()
}

/// Mean ROUGE-1 F1 (×100, max over references) of summaries of `docs` (an empty one
/// scores 0).
fn mean_r1(docs: &[GoldDoc], summaries: &[String]) -> f64 {
    let rouge = Rouge::default();
    let total: f64 = docs
        .iter()
        .zip(summaries)
        .filter(|(_, summary)| !summary.is_empty())
        .map(|(d, summary)| {
            let refs: Vec<&str> = d.summaries.iter().map(|x| x.as_str()).collect();
            rouge.score_max(&refs, summary).rouge1.f
        })
        .sum();
    100.0 * total / docs.len().max(1) as f64
}

/// `base` with the `--mode` model retrained on `docs` with the command's settings.
fn trained(args: &TrainArgs, base: &Model, docs: &[GoldDoc]) -> Model {
    let lm = train(&Summarizer::new(base.clone()), docs, &args.config());
    let mut model = base.clone();
    match args.mode {
        Mode::Standfirst => model.standfirst = lm,
        Mode::Headline => model.headline = lm,
        Mode::Extract => model.extract = lm,
    }
    model
}

/// `--cv K`: train on K-1 folds, score the held-out one, for every fold.
fn cross_validate(args: &TrainArgs, docs: Vec<GoldDoc>, folds: u64) -> Result<(), Failure> {
    if folds < 2 {
        return Err(Failure::input("--cv needs at least 2 folds".to_string()));
    }
    let base = load_model(args.base.as_deref())?;
    let mut predictions: Vec<Option<String>> = vec![None; docs.len()];
    let (mut lead_sum, mut learned_sum, mut n_sum) = (0.0, 0.0, 0usize);
    let fold_of = |d: &GoldDoc| id_hash(&d.id) % folds;
    for f in 0..folds {
        let tr: Vec<GoldDoc> = docs.iter().filter(|d| fold_of(d) != f).cloned().collect();
        let held: Vec<(usize, &GoldDoc)> = docs
            .iter()
            .enumerate()
            .filter(|(_, d)| fold_of(d) == f)
            .collect();
        if held.is_empty() || tr.is_empty() {
            continue;
        }
        let s = Summarizer::new(trained(args, &base, &tr));
        let held_docs: Vec<GoldDoc> = held.iter().map(|(_, d)| (*d).clone()).collect();
        let (mode, k) = (args.mode, args.sentences);
        let lead = mean_r1(
            &held_docs,
            &summaries(&s, &held_docs, mode, Algorithm::Lead, k),
        );
        let learned_summaries = summaries(&s, &held_docs, mode, Algorithm::Learned, k);
        let learned = mean_r1(&held_docs, &learned_summaries);
        eprintln!(
            "fold {f}: {} train, {} held out: R1 F1 lead {lead:.2}  learned {learned:.2}",
            tr.len(),
            held.len()
        );
        lead_sum += lead * held.len() as f64;
        learned_sum += learned * held.len() as f64;
        n_sum += held.len();
        for ((i, _), summary) in held.iter().zip(learned_summaries) {
            predictions[*i] = Some(summary);
        }
    }
    let n = n_sum.max(1) as f64;
    eprintln!(
        "cross-validated R1 F1 (mujaz-rouge, ×100, {n_sum} documents out of fold): lead {:.2}  learned {:.2}",
        lead_sum / n,
        learned_sum / n
    );
    if let Some(path) = &args.cv_predictions {
        let mut out = String::new();
        for (d, p) in docs.iter().zip(&predictions) {
            let row = serde_json::json!({"id": d.id, "summary": p.clone().unwrap_or_default()});
            out.push_str(&row.to_string());
            out.push('\n');
        }
        std::fs::write(path, out)
            .map_err(|e| Failure::input(format!("{}: cannot write: {e}", path.display())))?;
    }
    Ok(())
}

pub fn run(args: TrainArgs) -> Result<(), Failure> {
    let docs = load_gold(&args.gold, Need::Text, !args.no_title)?;
    if let Some(folds) = args.cv {
        return cross_validate(&args, docs, folds);
    }
    let out_path = args.out.clone().expect("clap requires --out without --cv");
    let (val, tr): (Vec<GoldDoc>, Vec<GoldDoc>) = docs
        .into_iter()
        .partition(|d| is_validation(&d.id, args.validation_folds));
    eprintln!(
        "train: {} documents, validation: {} documents",
        tr.len(),
        val.len()
    );
    let base = load_model(args.base.as_deref())?;
    let mut model = trained(&args, &base, &tr);
    // The last two path components name the data set ("ant_bbc/dev.jsonl").
    let files: Vec<String> = args
        .gold
        .iter()
        .map(|p| {
            let parts: Vec<String> = p
                .components()
                .rev()
                .take(2)
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            parts.into_iter().rev().collect::<Vec<_>>().join("/")
        })
        .collect();
    let config = args.config();
    let note = format!(
        "{}: mujaz train {} --mode {} --sentences {} --l2 {} --epochs {} --validation-folds {} --lead-words {}{}",
        args.mode,
        files.join(" "),
        args.mode,
        args.sentences,
        args.l2,
        args.epochs,
        args.validation_folds,
        config.lead_words.map_or("all".to_string(), |w| w.to_string()),
        if args.no_title { " --no-title" } else { "" }
    );
    model.provenance = merge_provenance(&model.provenance, args.mode, &note);
    let json = serde_json::to_string_pretty(&model).expect("model serializes");
    mujaz_cli::out_file::write(&out_path, (json + "\n").as_bytes()).map_err(Failure::input)?;
    if !val.is_empty() {
        let s = Summarizer::new(model);
        let (mode, k) = (args.mode, args.sentences);
        let lead = mean_r1(&val, &summaries(&s, &val, mode, Algorithm::Lead, k));
        let learned = mean_r1(&val, &summaries(&s, &val, mode, Algorithm::Learned, k));
        eprintln!(
            "validation R1 F1 (mujaz-rouge, ×100): lead {lead:.2}  learned {learned:.2}  ({} docs)",
            val.len()
        );
    }
    Ok(())
}

/// Keep one provenance line per mode.
fn merge_provenance(old: &str, mode: Mode, note: &str) -> String {
    let prefix = format!("{mode}:");
    let mut lines: Vec<String> = old
        .split('\n')
        .filter(|l| {
            !l.is_empty()
                && l.contains(':')
                && !l.starts_with(&prefix)
                && !l.starts_with("placeholder")
        })
        .map(str::to_string)
        .collect();
    lines.push(note.to_string());
    lines.sort();
    lines.join("\n")
}
