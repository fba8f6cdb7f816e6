//! `mujaz train`: retrain the learned scorer of one mode from gold JSONL files.

use std::path::PathBuf;

use clap::Args;
use mujaz_rouge::Rouge;
use mujaz_summarize::train::{is_validation, train, GoldDoc};
use mujaz_summarize::{Algorithm, Length, Mode, Options, Summarizer};

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
    /// Where to write the model (JSON).
    #[arg(long)]
    out: PathBuf,
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
    /// Ignore titles in the gold files.
    #[arg(long)]
    no_title: bool,
}

/// Mean ROUGE-1 F1 (×100, max over references) of a summarizer setting on documents.
fn mean_r1(s: &Summarizer, docs: &[GoldDoc], mode: Mode, algorithm: Algorithm, k: usize) -> f64 {
    let rouge = Rouge::default();
    let mut total = 0.0;
    for d in docs {
        let opts = Options {
            mode,
            algorithm,
            title: d.title.clone(),
            length: Some(Length::Sentences(k)),
            ..Options::default()
        };
        if let Ok(out) = s.summarize(&d.text, &opts) {
            let refs: Vec<&str> = d.summaries.iter().map(|x| x.as_str()).collect();
            total += rouge.score_max(&refs, &out.summary).rouge1.f;
        }
    }
    100.0 * total / docs.len().max(1) as f64
}

pub fn run(args: TrainArgs) -> Result<(), Failure> {
    let docs = load_gold(&args.gold, Need::Text, !args.no_title)?;
    let (val, tr): (Vec<GoldDoc>, Vec<GoldDoc>) = docs
        .into_iter()
        .partition(|d| is_validation(&d.id, args.validation_folds));
    eprintln!(
        "train: {} documents, validation: {} documents",
        tr.len(),
        val.len()
    );
    let base = load_model(args.base.as_deref())?;
    let lm = train(
        &Summarizer::new(base.clone()),
        &tr,
        args.mode,
        args.sentences,
        args.l2,
        args.epochs,
    );
    let mut model = base;
    match args.mode {
        Mode::Standfirst => model.standfirst = lm,
        Mode::Headline => model.headline = lm,
        Mode::Extract => model.extract = lm,
    }
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
    let note = format!(
        "{}: mujaz train {} --mode {} --sentences {} --l2 {} --epochs {} --validation-folds {}{}",
        args.mode,
        files.join(" "),
        args.mode,
        args.sentences,
        args.l2,
        args.epochs,
        args.validation_folds,
        if args.no_title { " --no-title" } else { "" }
    );
    model.provenance = merge_provenance(&model.provenance, args.mode, &note);
    let json = serde_json::to_string_pretty(&model).expect("model serializes");
    let tmp = args.out.with_extension("tmp");
    std::fs::write(&tmp, json + "\n")
        .and_then(|_| std::fs::rename(&tmp, &args.out))
        .map_err(|e| Failure::input(format!("{}: cannot write: {e}", args.out.display())))?;
    if !val.is_empty() {
        let s = Summarizer::new(model);
        let lead = mean_r1(&s, &val, args.mode, Algorithm::Lead, args.sentences);
        let learned = mean_r1(&s, &val, args.mode, Algorithm::Learned, args.sentences);
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
