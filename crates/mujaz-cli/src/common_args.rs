//! Argument groups shared by several commands.

use std::path::{Path, PathBuf};

use clap::Args;
use mujaz_rouge::xlsum::XlsumRouge;
use mujaz_rouge::{Rouge, RougeConfig, Scorer};
use mujaz_summarize::Length;

use crate::Failure;

/// Extract length: at most one of --sentences, --words, --ratio.
#[derive(Args, Debug, Clone, Default)]
pub struct LengthArgs {
    /// Extract length in sentences.
    #[arg(long, conflicts_with_all = ["words", "ratio"])]
    pub sentences: Option<usize>,
    /// Extract length in words, as a limit: the best sentences that fit (the best one alone
    /// when even it is longer).
    #[arg(long, conflicts_with_all = ["sentences", "ratio"])]
    pub words: Option<usize>,
    /// Extract length as a fraction of the sentences, in (0, 1].
    #[arg(long, conflicts_with_all = ["sentences", "words"])]
    pub ratio: Option<f64>,
}

impl LengthArgs {
    /// The length asked for, if any.
    pub fn length(&self) -> Option<Length> {
        match (self.sentences, self.words, self.ratio) {
            (Some(n), _, _) => Some(Length::Sentences(n)),
            (_, Some(n), _) => Some(Length::Words(n)),
            (_, _, Some(r)) => Some(Length::Ratio(r)),
            _ => None,
        }
    }
}

/// How ROUGE tokenizes: the Arabic scorer's switches, or a compatibility mode.
#[derive(Args, Debug, Clone, Default)]
pub struct ScorerArgs {
    /// No light stemming.
    #[arg(long)]
    pub no_stem: bool,
    /// No orthographic normalization.
    #[arg(long)]
    pub no_normalize: bool,
    /// Turn one normalization step on or off (as in `mujaz text normalize --set`), e.g.
    /// `--set teh_marbuta=off`.
    #[arg(long = "set", value_name = "STEP=on|off")]
    pub set: Vec<String>,
    /// Reproduce another scorer exactly: `xlsum` is XL-Sum's multilingual_rouge with
    /// lang="arabic" and its stemmer (needs NLTK's Arabic stop-word list).
    #[arg(long, value_parser = ["xlsum"])]
    pub compat: Option<String>,
    /// NLTK data directory for --compat xlsum (default: $NLTK_DATA, ~/nltk_data, system dirs).
    #[arg(long)]
    pub nltk_data: Option<PathBuf>,
}

impl ScorerArgs {
    /// Build the scorer the flags ask for.
    pub fn scorer(&self) -> Result<Scorer, Failure> {
        build_scorer(self, self.nltk_data.as_deref())
    }
}

fn build_scorer(a: &ScorerArgs, nltk_data: Option<&Path>) -> Result<Scorer, Failure> {
    match a.compat.as_deref() {
        Some("xlsum") => {
            if a.no_stem || a.no_normalize || !a.set.is_empty() {
                return Err(Failure::usage(
                    "--compat xlsum fixes its own tokenization: drop --no-stem/--no-normalize/--set",
                ));
            }
            XlsumRouge::new(nltk_data)
                .map(Scorer::Xlsum)
                .map_err(Failure::input)
        }
        Some(other) => Err(Failure::usage(format!(
            "unknown --compat '{other}' (expected xlsum)"
        ))),
        None => {
            let mut cfg = RougeConfig {
                normalize: !a.no_normalize,
                stem: !a.no_stem,
                ..RougeConfig::default()
            };
            crate::text_cmd::apply_settings(&mut cfg.normalizer, &a.set)?;
            Ok(Scorer::Arabic(Rouge::with_config(&cfg)))
        }
    }
}
