//! `mujaz summarize`: articles from files, directories' text files or stdin, as plain text or
//! JSONL records; one output record per input record.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use mujaz_summarize::{Algorithm, CompressOptions, Length, Mode, Model, Options, Summarizer};
use serde_json::{json, Map, Value};

use crate::input::{read_bytes, to_utf8};
use crate::Failure;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// By file extension (.jsonl/.json → jsonl); stdin: jsonl if it starts with `{`.
    Auto,
    /// One article per file.
    Text,
    /// One JSON object per line.
    Jsonl,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// The summary text only.
    Text,
    /// One pretty JSON object (single article) or JSON Lines.
    Json,
    /// JSON Lines.
    Jsonl,
}

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mujaz summarize --example\n  mujaz summarize article.txt\n  mujaz summarize --mode headline --json article.txt\n  mujaz summarize --mode extract --sentences 3 article.txt\n  mujaz summarize --format jsonl articles.jsonl > summaries.jsonl"
)]
pub struct SummarizeArgs {
    /// Input files (default: stdin; `-` is stdin).
    files: Vec<PathBuf>,
    /// Summarize the built-in example article.
    #[arg(long, conflicts_with = "files")]
    example: bool,
    /// Summary kind.
    #[arg(long, default_value = "standfirst", value_parser = parse_mode)]
    mode: Mode,
    /// Sentence scorer.
    #[arg(long, default_value = "learned", value_parser = parse_algorithm)]
    algorithm: Algorithm,
    /// Extract length in sentences.
    #[arg(long, conflicts_with_all = ["words", "ratio"])]
    sentences: Option<usize>,
    /// Extract length in words.
    #[arg(long, conflicts_with_all = ["sentences", "ratio"])]
    words: Option<usize>,
    /// Extract length as a fraction of the sentences, in (0, 1].
    #[arg(long, conflicts_with_all = ["sentences", "words"])]
    ratio: Option<f64>,
    /// Redundancy trade-off for extracts (MMR): 1.0 is pure relevance, lower values avoid
    /// repeating content.
    #[arg(long, default_value_t = 0.7)]
    mmr_lambda: f32,
    /// Compress the chosen sentence(s) (delete datelines, parentheticals, day names); on by
    /// default for headlines only.
    #[arg(long, conflicts_with = "no_compress")]
    compress: bool,
    /// Never compress, not even headlines.
    #[arg(long)]
    no_compress: bool,
    /// With compression: keep at most this many words (headline default 18).
    #[arg(long)]
    max_words: Option<usize>,
    /// With compression: cut at the first comma after this many words (headline default 10).
    #[arg(long)]
    cut_after_words: Option<usize>,
    /// The article's title (plain-text input).
    #[arg(long)]
    title: Option<String>,
    /// Input format.
    #[arg(long, value_enum, default_value = "auto")]
    format: Format,
    /// Output format (default: text for one plain-text article, jsonl otherwise).
    #[arg(long, value_enum)]
    output: Option<OutputFormat>,
    /// Shorthand for `--output json`.
    #[arg(long, conflicts_with = "output")]
    json: bool,
    /// JSONL field holding the article.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// JSONL field holding the record id.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// JSONL field holding the title (ignored when absent or null).
    #[arg(long, default_value = "title")]
    title_field: String,
    /// Do not use titles from JSONL records.
    #[arg(long)]
    no_title: bool,
    /// A model trained with `mujaz train` (default: the embedded one).
    #[arg(long)]
    model: Option<PathBuf>,
}

fn parse_mode(s: &str) -> Result<Mode, String> {
    s.parse()
}
fn parse_algorithm(s: &str) -> Result<Algorithm, String> {
    s.parse()
}

/// The compression the flags ask for (`None`: the mode's default).
fn compression(args: &SummarizeArgs) -> Option<CompressOptions> {
    if args.no_compress {
        return Some(CompressOptions::none());
    }
    let tuned = args.max_words.is_some() || args.cut_after_words.is_some();
    if !(args.compress || tuned) {
        return None;
    }
    let mut c = if args.mode == Mode::Headline {
        mujaz_summarize::headline_compression()
    } else {
        CompressOptions::default()
    };
    if let Some(n) = args.max_words {
        c.max_words = n;
    }
    if let Some(n) = args.cut_after_words {
        c.cut_after_words = n;
    }
    Some(c)
}

/// Load `--model` or the embedded model.
pub fn load_model(path: Option<&std::path::Path>) -> Result<Model, Failure> {
    match path {
        None => Ok(Model::embedded()),
        Some(p) => {
            let s = std::fs::read_to_string(p)
                .map_err(|e| Failure::usage(format!("{}: cannot read model: {e}", p.display())))?;
            Model::from_json(&s).map_err(|e| Failure::usage(format!("{}: {e}", p.display())))
        }
    }
}

struct Record {
    id: Value,
    source: String,
    text: Result<(String, Option<String>), (String, String)>,
}

fn jsonl_records(name: &str, bytes: &[u8], args: &SummarizeArgs, out: &mut Vec<Record>) {
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let source = format!("{name}:{}", i + 1);
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        let text = match std::str::from_utf8(line) {
            Err(e) => Err((
                "invalid_utf8".to_string(),
                format!("invalid UTF-8 at byte offset {}", e.valid_up_to()),
            )),
            Ok(l) => match serde_json::from_str::<Value>(l) {
                Err(e) => Err(("invalid_json".to_string(), e.to_string())),
                Ok(Value::Object(obj)) => {
                    let id = obj.get(&args.id_field).cloned().unwrap_or(Value::Null);
                    let title = if args.no_title {
                        None
                    } else {
                        obj.get(&args.title_field)
                            .and_then(|v| v.as_str())
                            .map(str::to_string)
                    };
                    let rec = match obj.get(&args.text_field) {
                        Some(Value::String(t)) => Ok((t.clone(), title)),
                        Some(_) => Err((
                            "invalid_field".to_string(),
                            format!("field '{}' is not a string", args.text_field),
                        )),
                        None => Err((
                            "missing_field".to_string(),
                            format!("no field '{}'", args.text_field),
                        )),
                    };
                    out.push(Record {
                        id,
                        source,
                        text: rec,
                    });
                    continue;
                }
                Ok(_) => Err(("invalid_json".to_string(), "not a JSON object".to_string())),
            },
        };
        out.push(Record {
            id: Value::Null,
            source,
            text,
        });
    }
}

pub fn run(args: SummarizeArgs) -> Result<(), Failure> {
    let length = match (args.sentences, args.words, args.ratio) {
        (Some(n), _, _) => Some(Length::Sentences(n)),
        (_, Some(n), _) => Some(Length::Words(n)),
        (_, _, Some(r)) => Some(Length::Ratio(r)),
        _ => None,
    };
    let summarizer = Summarizer::new(load_model(args.model.as_deref())?);
    let base = Options {
        mode: args.mode,
        algorithm: args.algorithm,
        length,
        title: args.title.clone(),
        mmr_lambda: args.mmr_lambda,
        compress: compression(&args),
    };
    // Options are checked once up front: a usage error is not a per-record failure.
    base.validate().map_err(|e| Failure::usage(e.to_string()))?;
    let mut records = Vec::new();
    let mut any_jsonl = false;
    let inputs: Vec<Option<PathBuf>> = if args.example {
        Vec::new()
    } else if args.files.is_empty() {
        vec![None]
    } else {
        args.files.iter().cloned().map(Some).collect()
    };
    if args.example {
        records.push(Record {
            id: Value::String("example".into()),
            source: "example".into(),
            text: Ok((
                mujaz_text::samples::NEWS_ARTICLE.to_string(),
                args.title.clone(),
            )),
        });
    }
    for path in inputs {
        let (name, bytes) = match read_bytes(path.as_deref()) {
            Ok(x) => x,
            Err(f) => {
                let name = path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                records.push(Record {
                    id: Value::String(name.clone()),
                    source: name,
                    text: Err(("io".into(), f.message)),
                });
                continue;
            }
        };
        let is_jsonl = match args.format {
            Format::Jsonl => true,
            Format::Text => false,
            Format::Auto => match &path {
                Some(p) if p.as_os_str() != "-" => {
                    p.extension().is_some_and(|e| e == "jsonl" || e == "json")
                }
                _ => bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
            },
        };
        if is_jsonl {
            any_jsonl = true;
            jsonl_records(&name, &bytes, &args, &mut records);
        } else {
            let text = to_utf8(&name, bytes).map_err(|f| ("invalid_utf8".to_string(), f.message));
            records.push(Record {
                id: Value::String(name.clone()),
                source: name,
                text: text.map(|t| (t, args.title.clone())),
            });
        }
    }
    let output = match (args.output, args.json) {
        (Some(o), _) => o,
        (None, true) => OutputFormat::Json,
        (None, false) if records.len() == 1 && !any_jsonl => OutputFormat::Text,
        _ => OutputFormat::Jsonl,
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let single = records.len() == 1 && !any_jsonl;
    for rec in &records {
        let result = rec
            .text
            .as_ref()
            .map_err(|e| e.clone())
            .and_then(|(text, title)| {
                let opts = Options {
                    title: title.clone(),
                    ..base.clone()
                };
                summarizer
                    .summarize(text, &opts)
                    .map_err(|e| (e.kind().to_string(), e.to_string()))
            });
        match (output, result) {
            (OutputFormat::Text, Ok(s)) => writeln!(out, "{}", s.summary)?,
            (OutputFormat::Text, Err((_, m))) => {
                failed += 1;
                eprintln!("mujaz: {}: {m}", rec.source);
            }
            (_, Ok(s)) => {
                let mut obj = Map::new();
                obj.insert("id".into(), rec.id.clone());
                obj.insert("source".into(), Value::String(rec.source.clone()));
                if let Value::Object(m) = serde_json::to_value(&s).expect("summary serializes") {
                    obj.extend(m);
                }
                let v = Value::Object(obj);
                if output == OutputFormat::Json && single {
                    writeln!(out, "{}", serde_json::to_string_pretty(&v).expect("json"))?;
                } else {
                    writeln!(out, "{v}")?;
                }
            }
            (_, Err((kind, message))) => {
                failed += 1;
                let v = json!({"id": rec.id, "source": rec.source, "error": {"kind": kind, "message": message}});
                writeln!(out, "{v}")?;
            }
        }
    }
    out.flush()?;
    if failed > 0 {
        if single {
            return Err(Failure::input(format!("{failed} record(s) failed"))
                .quiet_if(output == OutputFormat::Text));
        }
        return Err(Failure::input(format!(
            "{failed} of {} record(s) failed",
            records.len()
        )));
    }
    Ok(())
}
