//! `mujaz text`: the text pipeline from the command line.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use mujaz_text::{sentences, tokenize, Normalizer, NormalizerConfig, StemmerKind, TokenKind};
use serde_json::json;

use crate::input::read_text;
use crate::Failure;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Op {
    /// Print the normalized text.
    Normalize,
    /// One token per line (original text), or JSONL {"text","kind","start","end","norm"}.
    Tokens,
    /// One sentence per line, or JSONL {"text","start","end"}.
    Sentences,
    /// One stem per word token, or JSONL {"text","stem","start","end"}.
    Stem,
    /// The text `mujaz summarize --html` reads from an HTML page, a line per block (its title
    /// first, on a line of its own, marked `# `), or JSON {"title","text"}.
    Html,
}

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  echo 'قالَ الوزيرُ إنّ ٣٥٪ وصلت.' | mujaz text normalize\n  mujaz text sentences article.txt --json\n  mujaz text stem --stemmer root article.txt\n  mujaz text html page.html\n  mujaz text normalize --set teh_marbuta=on --set punctuation=off article.txt"
)]
pub struct TextArgs {
    /// What to do.
    #[arg(value_enum)]
    op: Op,
    /// Input file (default: stdin; `-` is stdin).
    file: Option<PathBuf>,
    /// Stemmer for `stem`.
    #[arg(long, default_value = "light", value_parser = parse_stemmer)]
    stemmer: StemmerKind,
    /// JSON Lines output.
    #[arg(long)]
    json: bool,
    /// Turn a normalization step on or off, e.g. `--set teh_marbuta=on`. Steps: diacritics,
    /// tatweel, alef, alef_maqsura, teh_marbuta, hamza_carriers, persian_letters, digits,
    /// presentation_forms, invisible, punctuation.
    #[arg(long = "set", value_name = "STEP=on|off")]
    set: Vec<String>,
    /// Skip normalization entirely (every step off), e.g. to feed a stemmer raw words.
    #[arg(long, conflicts_with = "set")]
    no_normalize: bool,
}

fn parse_stemmer(s: &str) -> Result<StemmerKind, String> {
    s.parse()
}

/// Apply `step=on|off` settings to a normalizer configuration.
pub fn apply_settings(cfg: &mut NormalizerConfig, settings: &[String]) -> Result<(), Failure> {
    for s in settings {
        let (key, val) = s
            .split_once('=')
            .ok_or_else(|| Failure::usage(format!("--set expects STEP=on|off, got '{s}'")))?;
        let on = match val {
            "on" | "true" | "1" | "yes" => true,
            "off" | "false" | "0" | "no" => false,
            _ => {
                return Err(Failure::usage(format!(
                    "--set {key}: expected on or off, got '{val}'"
                )))
            }
        };
        let mut v = serde_json::to_value(&*cfg).expect("config serializes");
        let obj = v.as_object_mut().expect("config is an object");
        if !obj.contains_key(key) {
            let steps: Vec<&str> = obj.keys().map(|k| k.as_str()).collect();
            return Err(Failure::usage(format!(
                "--set: unknown step '{key}' (steps: {})",
                steps.join(", ")
            )));
        }
        obj.insert(key.to_string(), serde_json::Value::Bool(on));
        *cfg = serde_json::from_value(v).expect("config round-trips");
    }
    Ok(())
}

pub fn run(args: TextArgs) -> Result<(), Failure> {
    let mut cfg = if args.no_normalize {
        NormalizerConfig::none()
    } else {
        NormalizerConfig::default()
    };
    apply_settings(&mut cfg, &args.set)?;
    let (_, text) = read_text(args.file.as_deref())?;
    let normalizer = Normalizer::new(cfg);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.op {
        Op::Normalize => {
            let n = normalizer.normalize_str(&text);
            if args.json {
                writeln!(out, "{}", json!({ "normalized": n }))?;
            } else {
                out.write_all(n.as_bytes())?;
            }
        }
        Op::Tokens => {
            let view = normalizer.normalize(&text);
            for t in tokenize(view.as_str()) {
                let span = view.original_span(t.start..t.end);
                let orig = &text[span.clone()];
                if args.json {
                    let v = json!({"text": orig, "kind": t.kind.as_str(), "start": span.start, "end": span.end, "norm": t.text});
                    writeln!(out, "{v}")?;
                } else {
                    writeln!(out, "{orig}")?;
                }
            }
        }
        Op::Sentences => {
            for s in sentences(&text) {
                if args.json {
                    writeln!(
                        out,
                        "{}",
                        json!({"text": s.text, "start": s.start, "end": s.end})
                    )?;
                } else {
                    // Keep one sentence per line even when a dateline joined two lines.
                    let line: String = s
                        .text
                        .chars()
                        .map(|c| {
                            if mujaz_text::chars::is_line_break(c) {
                                ' '
                            } else {
                                c
                            }
                        })
                        .collect();
                    writeln!(out, "{line}")?;
                }
            }
        }
        Op::Html => {
            let page = mujaz_text::html::HtmlText::parse(&text);
            if args.json {
                writeln!(
                    out,
                    "{}",
                    json!({"title": page.title(), "text": page.text()})
                )?;
            } else {
                if let Some(t) = page.title() {
                    writeln!(out, "# {t}")?;
                }
                writeln!(out, "{}", page.text())?;
            }
        }
        Op::Stem => {
            let stemmer = args.stemmer.build();
            let view = normalizer.normalize(&text);
            for t in tokenize(view.as_str()).filter(|t| t.kind.is_word()) {
                let stem = if t.kind == TokenKind::Arabic {
                    stemmer.stem(t.text)
                } else {
                    std::borrow::Cow::Borrowed(t.text)
                };
                if args.json {
                    let span = view.original_span(t.start..t.end);
                    let v = json!({"text": &text[span.clone()], "stem": stem, "start": span.start, "end": span.end});
                    writeln!(out, "{v}")?;
                } else {
                    writeln!(out, "{stem}")?;
                }
            }
        }
    }
    out.flush()?;
    Ok(())
}
