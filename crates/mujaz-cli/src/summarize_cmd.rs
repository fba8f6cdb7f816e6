//! `mujaz summarize`: articles from files, directories, or stdin, as plain text, JSONL or one
//! article per line; one output record per input record, in input order, in parallel.

use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use clap::{Args, ValueEnum};
use mujaz_summarize::{Algorithm, CompressOptions, Mode, Model, Options, Summarizer, Summary};
use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::common_args::LengthArgs;
use crate::Failure;
use mujaz_cli::batch::{self, Record, RecordOptions, Shape};
use mujaz_cli::out_file;

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// By file extension (.jsonl/.json/.ndjson → jsonl, .html/.htm → html, else text);
    /// stdin: jsonl if its first non-space byte is `{`, html if it opens with a tag.
    Auto,
    /// One article per file.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// One article per line.
    Lines,
    /// One HTML page per file (see --html).
    Html,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// The summary text only (errors on stderr).
    Text,
    /// One pretty JSON object (single article) or JSON Lines.
    Json,
    /// JSON Lines.
    Jsonl,
}

const EXAMPLES: &str = "Examples:
  mujaz summarize --example                         the built-in article
  mujaz summarize article.txt                       one article: prints its standfirst
  cat article.txt | mujaz summarize                 the same from stdin
  mujaz summarize --mode headline --json article.txt
  mujaz summarize --mode extract --sentences 3 article.txt
  mujaz summarize --first-line-is-summary seed.txt  first line is a reference, the rest the article
  mujaz summarize articles.jsonl > out.jsonl        {\"id\",\"text\",\"title\"?} per line
  mujaz summarize --text-field body --id-field url --keep-fields dump.jsonl
  mujaz summarize --format lines headlines.txt      one article per line
  mujaz summarize --json page.html                  an HTML page: its text, offsets into the HTML
  mujaz summarize corpus/ --glob '*.txt' --jobs 2 --out summaries.jsonl
  mujaz summarize a.txt b.txt dir/ -                files, directories and stdin together";

/// The long help of `mujaz summarize` (set on the subcommand in `main.rs`).
pub const LONG_ABOUT: &str = "Summarize Arabic news articles.

Standfirst and headline (with the learned or lead scorer) read only an article's lead: its
sentences up to the one in which about 40 (standfirst) or 100 (headline) words are reached
(the model's window, set by `mujaz train --lead-words`). Extracts and the centrality scorers read the whole article.

Inputs are files, directories (searched recursively in sorted order for .txt, .jsonl, .json,
.ndjson, .html and .htm files, or for --glob matches) and stdin (`-`, or no argument). HTML
pages (.html/.htm, stdin that opens with a tag, --html) are read as their text: markup,
scripts and page furniture left out, offsets into the HTML. Every input record
gives exactly one output record, in input order even with --jobs > 1: a result, or an error
record naming the record ({\"id\",\"source\":\"file:line\",\"error\":{\"kind\",\"message\"}}).

Error kinds: empty, no_arabic, invalid_utf8, invalid_encoding, invalid_json, missing_field,
invalid_field, too_large, io. Exit status: 0 when every record succeeded, 1 when some failed (all others are
still written), 2 for usage errors.";

#[derive(Args, Debug)]
#[command(after_help = EXAMPLES)]
pub struct SummarizeArgs {
    /// Input files or directories (default: stdin; `-` is stdin).
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
    #[command(flatten)]
    length: LengthArgs,
    /// Redundancy trade-off for extracts (MMR): 1.0 is pure relevance.
    #[arg(long, default_value_t = 0.7)]
    mmr_lambda: f32,
    /// Compress the chosen sentence(s) (datelines, parentheticals, days, dates); by default
    /// headlines get all four and reported speech (`قال X إن Y` → `X: Y`), standfirsts only the
    /// dateline (and a run-on sentence is cut at a comma after 60 words, 80 at most); both
    /// drop the `و`/`ف` opening a sentence taken from inside the article, write an opening
    /// verb in the present (`أعلنت` → `تعلن`, see --no-present-tense) and an opening passive
    /// as its noun (`قُتل` → `مقتل`, see --no-event-noun); standfirsts put a speaker before
    /// their verb (`الوزير يقول إن`, see --no-subject-first).
    #[arg(long, conflicts_with = "no_compress")]
    compress: bool,
    /// Never compress, not even headlines (nor a standfirst's dateline, opening `و`, verb or
    /// word order).
    #[arg(long)]
    no_compress: bool,
    /// With compression: keep at most this many words (headline default 14).
    #[arg(long)]
    max_words: Option<usize>,
    /// With compression: cut at the first comma, relative pronoun or `وذلك` after this many words
    /// (headline default 10).
    #[arg(long)]
    cut_after_words: Option<usize>,
    /// Also delete circumstantial insertions between commas (`، قبيل لقائه الرئيس،`,
    /// `، بحسب الوكالة،`); implies --compress.
    #[arg(long, conflicts_with = "no_compress")]
    drop_insertions: bool,
    /// Also delete a trailing `، و...` clause after the first eight words; implies --compress.
    #[arg(long, conflicts_with = "no_compress")]
    drop_trailing_clause: bool,
    /// Also delete a trailing attribution (`، حسبما قالت ...`, `، بحسب ...`); implies
    /// --compress.
    #[arg(long, conflicts_with = "no_compress")]
    drop_attribution: bool,
    /// Write reported speech as headlines do: `قال X إن Y` as `X: Y`, `قال X إنه يتوقع Y` as
    /// `X يتوقع Y`, `أعلن X مقتل Y` as `X: مقتل Y`, `تمكن X من القبض على Y` as `X: القبض على Y`
    /// (headline default); implies --compress.
    #[arg(long, conflicts_with_all = ["no_compress", "no_reported_speech"])]
    reported_speech: bool,
    /// Keep the verb of saying and `إن`/`أن`/`إنه` in headlines (`قال X إن Y` as written).
    #[arg(long)]
    no_reported_speech: bool,
    /// Delete `لكرة القدم` after the body or competition it specifies (`الاتحاد السعودي لكرة
    /// القدم` → `الاتحاد السعودي`; headline default); implies --compress.
    #[arg(long, conflicts_with = "no_compress")]
    drop_default_sport: bool,
    /// Short names for world figures and countries: delete a listed given name before the
    /// surname and the title before that (`الرئيس الأمريكي دونالد ترامب` → `ترامب`), and what a
    /// country's official name adds (`المملكة العربية السعودية` → `السعودية`); not inside a
    /// quotation (headline default); implies --compress.
    #[arg(long, conflicts_with = "no_compress")]
    short_names: bool,
    /// Delete a frame opening the sentence before its main clause (`في موقف غير مسبوق، شن
    /// الرئيس ...` → `شن الرئيس ...`; headline default); implies --compress.
    #[arg(long, conflicts_with = "no_compress")]
    drop_fronted_frame: bool,
    /// Write a verb in the past that opens the summary in the present, as standfirsts and
    /// headlines tell news (`أعلنت الحكومة` → `تعلن الحكومة`); on top of the mode's
    /// compression or the other flags'.
    #[arg(long, conflicts_with_all = ["no_compress", "no_present_tense"])]
    present_tense: bool,
    /// Keep an opening verb in the past tense, as the article wrote it.
    #[arg(long)]
    no_present_tense: bool,
    /// Tell an opening passive by its verbal noun, as headlines do (`قُتل 19 شخصا` → `مقتل
    /// 19 شخصا`, `توفي المؤلف` → `وفاة المؤلف`; an opening `تم` goes before its noun: `تم
    /// إحباط هجوم` → `إحباط هجوم`); on top of the mode's compression or the other flags'.
    #[arg(long, conflicts_with_all = ["no_compress", "no_event_noun"])]
    event_noun: bool,
    /// Keep an opening passive verb (and an opening `تم`) as the article wrote it.
    #[arg(long)]
    no_event_noun: bool,
    /// Put the speaker before the verb of saying, told in the present (`قال الوزير إن` →
    /// `الوزير يقول إن`, `قال مسؤولون إن` → `مسؤولون يقولون إن`, `قال مصدران إن` → `مصدران
    /// يقولان إن`), as BBC Arabic's standfirsts do (standfirst default; with the present tense only; a headline's colon takes reported
    /// speech first).
    #[arg(long, conflicts_with_all = ["no_compress", "no_subject_first"])]
    subject_first: bool,
    /// Keep the verb of saying before its speaker.
    #[arg(long)]
    no_subject_first: bool,
    /// The articles' title (plain-text input; JSONL records use --title-field).
    #[arg(long)]
    title: Option<String>,
    /// Input format.
    #[arg(long, value_enum, default_value = "auto")]
    format: Format,
    /// Articles are HTML (files, stdin, lines and JSONL text fields; .html/.htm files always
    /// are): tags, scripts, the head and page furniture (nav, footer, aside, figure, form)
    /// are left out, character references decoded, and every block ends a line; the first
    /// `<h1>` (else `<title>`) is the title unless one is given. Offsets index the HTML.
    #[arg(long)]
    html: bool,
    /// The encoding of text, HTML and line inputs, by its WHATWG label (`windows-1256`,
    /// `iso-8859-6`, `cp1256`, ...; ASCII-compatible ones): offsets then index the text as
    /// decoded to UTF-8. Without it inputs are UTF-8, but for an HTML page that is not, which
    /// is read in the charset its `<meta>` declares. A file (or stdin) that opens with a UTF-16
    /// byte order mark is UTF-16 (Windows Notepad's "Unicode"). JSONL is always UTF-8.
    #[arg(long, value_parser = parse_encoding)]
    encoding: Option<&'static encoding_rs::Encoding>,
    /// Only files matching this glob inside directories (e.g. '*.txt').
    #[arg(long)]
    glob: Option<String>,
    /// Output format (default: text for a single plain-text article, jsonl otherwise).
    #[arg(long, value_enum)]
    output: Option<OutputFormat>,
    /// Shorthand for `--output json`.
    #[arg(long, conflicts_with = "output")]
    json: bool,
    /// Write to this file (atomically: a temporary file renamed at the end; a device, pipe
    /// or symbolic link such as /dev/null is written in place).
    #[arg(long)]
    out: Option<PathBuf>,
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
    /// Copy the other fields of JSONL records into the output.
    #[arg(long)]
    keep_fields: bool,
    /// The first line of each article is a reference summary: summarize the rest and put the
    /// first line in the output as "reference".
    #[arg(long)]
    first_line_is_summary: bool,
    /// The first line of each article (after the reference, with --first-line-is-summary) is
    /// its title, as in an article pasted from a web page: it is used as the title unless the
    /// record has one (--title, a JSONL title field) and is not summarized; byte offsets count
    /// from the line after it.
    #[arg(long)]
    first_line_is_title: bool,
    /// Records (files or lines) larger than this are errors.
    #[arg(long, default_value_t = 10_000_000)]
    max_bytes: usize,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// No progress bar and no final summary line.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// A model trained with `mujaz train` (default: the embedded one).
    #[arg(long)]
    model: Option<PathBuf>,
}

fn parse_encoding(s: &str) -> Result<&'static encoding_rs::Encoding, String> {
    match encoding_rs::Encoding::for_label(s.trim().as_bytes()) {
        Some(e) if e.is_ascii_compatible() => Ok(e),
        Some(e) => Err(format!(
            "{} is not ASCII-compatible (lines and markup could not be found in it)",
            e.name()
        )),
        None => Err(format!(
            "unknown encoding '{s}' (e.g. windows-1256, iso-8859-6)"
        )),
    }
}

fn parse_mode(s: &str) -> Result<Mode, String> {
    s.parse()
}
fn parse_algorithm(s: &str) -> Result<Algorithm, String> {
    s.parse()
}

/// The compression the flags ask for (`None`: the mode's default).
fn compression(args: &SummarizeArgs) -> Option<CompressOptions> {
    let c = rule_compression(args);
    let flags = [
        (args.present_tense, args.no_present_tense),
        (args.event_noun, args.no_event_noun),
        (args.subject_first, args.no_subject_first),
    ];
    if flags.iter().all(|&(on, off)| !(on || off)) {
        return c;
    }
    let mut c = c.unwrap_or_else(|| mujaz_summarize::default_compression(args.mode));
    let set = |v: bool, (on, off): (bool, bool)| (v || on) && !off;
    c.present_tense = set(c.present_tense, flags[0]);
    c.event_noun = set(c.event_noun, flags[1]);
    c.subject_first = set(c.subject_first, flags[2]);
    Some(c)
}

/// [`compression`] before the flags that rewrite the opening word.
fn rule_compression(args: &SummarizeArgs) -> Option<CompressOptions> {
    if args.no_compress {
        return Some(CompressOptions::none());
    }
    let tuned = args.max_words.is_some()
        || args.cut_after_words.is_some()
        || args.drop_insertions
        || args.drop_trailing_clause
        || args.drop_attribution
        || args.drop_default_sport
        || args.short_names
        || args.drop_fronted_frame
        || args.reported_speech;
    if !(args.compress || tuned) {
        // `--no-reported-speech` alone: the mode's own default without it.
        return match args.mode {
            Mode::Headline if args.no_reported_speech => Some(CompressOptions {
                reported_speech: false,
                ..mujaz_summarize::headline_compression()
            }),
            _ => None,
        };
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
    c.insertions |= args.drop_insertions;
    c.trailing_clause |= args.drop_trailing_clause;
    c.attribution |= args.drop_attribution;
    c.default_sport |= args.drop_default_sport;
    c.short_names |= args.short_names;
    c.fronted_frame |= args.drop_fronted_frame;
    c.reported_speech = (c.reported_speech || args.reported_speech) && !args.no_reported_speech;
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

/// One summarized record's output object, written straight to JSON: `id`, `source`, the
/// [`Summary`]'s fields, the reference (`--first-line-is-summary`), then the fields kept with
/// `--keep-fields` that none of these has taken. (Built as a `Value` and printed, it had cost
/// 14 % of a one-job run's instructions.)
#[derive(Serialize)]
struct Line<'a> {
    id: &'a Value,
    source: &'a str,
    #[serde(flatten)]
    summary: &'a Summary,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<&'a str>,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

/// The keys of a [`Line`] that a kept field never replaces (`reference` only when there is
/// one).
const LINE_KEYS: &[&str] = &["id", "source", "summary", "mode", "algorithm", "sentences"];

/// Turn one record into its output line. Returns (succeeded, line); in text output a
/// failure's line is the message for stderr.
fn process(
    mut rec: Record,
    summarizer: &Summarizer,
    base: &Options,
    ropts: &RecordOptions,
    output: OutputFormat,
    pretty: bool,
) -> (bool, String) {
    rec.parse(ropts);
    let Record {
        id,
        source,
        payload,
        extra,
        ..
    } = rec;
    let result = payload.and_then(|a| {
        let opts = Options {
            title: a.title.clone(),
            ..base.clone()
        };
        let summary = if a.html {
            summarizer.summarize_html(&a.text, &opts)
        } else {
            summarizer.summarize(&a.text, &opts)
        };
        summary
            .map(|s| (s, a.reference))
            .map_err(|e| (e.kind().to_string(), e.to_string()))
    });
    match (output, result) {
        (OutputFormat::Text, Ok((s, _))) => (true, s.summary),
        (OutputFormat::Text, Err((_, m))) => (false, format!("mujaz: {source}: {m}")),
        (_, Ok((s, reference))) => {
            let mut extra = extra;
            extra.retain(|k, _| {
                !(LINE_KEYS.contains(&k.as_str()) || k == "reference" && reference.is_some())
            });
            let line = Line {
                id: &id,
                source: &source,
                summary: &s,
                reference: reference.as_deref(),
                extra: &extra,
            };
            let text = if pretty {
                serde_json::to_string_pretty(&line)
            } else {
                serde_json::to_string(&line)
            };
            (true, text.expect("a summary serializes"))
        }
        (_, Err((kind, message))) => {
            let mut obj = Map::new();
            obj.insert("id".into(), id);
            obj.insert("source".into(), Value::String(source));
            obj.insert("error".into(), json!({"kind": kind, "message": message}));
            for (k, v) in extra {
                obj.entry(k).or_insert(v);
            }
            (false, Value::Object(obj).to_string())
        }
    }
}

pub fn run(args: SummarizeArgs) -> Result<(), Failure> {
    let length = args.length.length();
    let base = Options {
        mode: args.mode,
        algorithm: args.algorithm,
        length,
        title: None,
        mmr_lambda: args.mmr_lambda,
        compress: compression(&args),
    };
    // Options are checked once up front: a usage error is not a per-record failure.
    base.validate().map_err(|e| Failure::usage(e.to_string()))?;
    if args.max_bytes == 0 {
        return Err(Failure::usage("--max-bytes must be at least 1"));
    }
    if (args.html || matches!(args.format, Format::Html))
        && (args.first_line_is_summary || args.first_line_is_title)
    {
        return Err(Failure::usage(
            "--first-line-is-summary and --first-line-is-title read plain text; an HTML \
             page's title is its <h1> or <title>",
        ));
    }
    // One line a record leaves no article after its first line.
    if matches!(args.format, Format::Lines)
        && (args.first_line_is_summary || args.first_line_is_title)
    {
        return Err(Failure::usage(
            "--first-line-is-summary and --first-line-is-title need articles of several lines; \
             with --format lines every record is one line",
        ));
    }
    let glob = match &args.glob {
        None => None,
        Some(g) => {
            let glob = globset::Glob::new(g).map_err(|e| Failure::usage(format!("--glob: {e}")))?;
            let mut b = globset::GlobSetBuilder::new();
            b.add(glob);
            Some(
                b.build()
                    .map_err(|e| Failure::usage(format!("--glob: {e}")))?,
            )
        }
    };
    let summarizer = Arc::new(Summarizer::new(load_model(args.model.as_deref())?));
    let forced = match args.format {
        Format::Auto => None,
        Format::Text => Some(Shape::Text),
        Format::Jsonl => Some(Shape::Jsonl),
        Format::Lines => Some(Shape::Lines),
        Format::Html => Some(Shape::Html),
    };
    // Peek at stdin when its shape must be guessed.
    let uses_stdin =
        !args.example && (args.files.is_empty() || args.files.iter().any(|f| f.as_os_str() == "-"));
    let mut stdin_reader = None;
    let mut stdin_shape = Shape::Text;
    if uses_stdin {
        let mut r = BufReader::with_capacity(1 << 16, std::io::stdin());
        if forced.is_none() {
            let buf = r
                .fill_buf()
                .map_err(|e| Failure::input(format!("<stdin>: cannot read: {e}")))?;
            // A page in UTF-16 shows its first characters once decoded.
            let decoded;
            let buf = match batch::utf16_bom(buf) {
                Some((enc, bom)) => {
                    let head = &buf[bom..buf.len().min(bom + 512)];
                    decoded = enc.decode_without_bom_handling(head).0.into_owned();
                    decoded.as_bytes()
                }
                // A UTF-8 byte order mark comes before what the text opens with.
                None => buf.strip_prefix(batch::UTF8_BOM).unwrap_or(buf),
            };
            let first = buf.iter().position(|b| !b.is_ascii_whitespace());
            match first.map(|i| &buf[i..]) {
                Some([b'{', ..]) => stdin_shape = Shape::Jsonl,
                Some([b'<', b, ..]) if b.is_ascii_alphabetic() || *b == b'!' => {
                    stdin_shape = Shape::Html
                }
                _ => {}
            }
        }
        stdin_reader = Some(r);
    }
    let sources = if args.example {
        Vec::new()
    } else {
        batch::list_sources(&args.files, forced, glob.as_ref(), stdin_shape)
    };
    let single_text = args.example
        || (sources.len() == 1
            && matches!(sources[0].shape, Shape::Text | Shape::Html)
            && sources[0].error.is_none());
    let output = match (args.output, args.json) {
        (Some(o), _) => o,
        (None, true) => OutputFormat::Json,
        (None, false) if single_text => OutputFormat::Text,
        _ => OutputFormat::Jsonl,
    };
    let pretty = output == OutputFormat::Json && single_text;
    let opts = RecordOptions {
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        title_field: args.title_field.clone(),
        use_title: !args.no_title,
        keep_fields: args.keep_fields,
        first_line_is_summary: args.first_line_is_summary,
        first_line_is_title: args.first_line_is_title,
        max_bytes: args.max_bytes,
        default_title: args.title.clone(),
        html: args.html,
        encoding: args.encoding,
    };
    let jobs = args
        .jobs
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1)
        })
        .max(1);
    // In-flight chunks: enough to keep every worker busy, few enough to bound memory.
    let window = 16 * jobs;
    let total_bytes: u64 = sources
        .iter()
        .filter_map(|s| s.path.as_ref())
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let show_progress = !args.quiet && std::io::stderr().is_terminal() && !single_text;
    let bar = if show_progress {
        let bar = if uses_stdin || total_bytes == 0 {
            indicatif::ProgressBar::new_spinner()
        } else {
            indicatif::ProgressBar::new(total_bytes)
        };
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {msg} ETA {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        Some(bar)
    } else {
        None
    };

    let (rec_tx, rec_rx) = batch::channel::<batch::Chunk>(window);
    let (win_tx, win_rx) = batch::channel::<()>(window);
    let (res_tx, res_rx) = batch::channel::<batch::Done>(window);
    let reader_bar = bar.clone();
    let worker_opts = opts.clone();
    let reader = if args.example {
        let rec = Record {
            id: Value::String("example".into()),
            source: "example".into(),
            payload: Ok(batch::Article {
                text: mujaz_text::samples::NEWS_ARTICLE.to_string(),
                title: args.title.clone(),
                reference: None,
                html: false,
            }),
            extra: Map::new(),
            raw_json: None,
        };
        std::thread::spawn(move || {
            let _ = win_tx.send(());
            let _ = rec_tx.send(batch::Chunk {
                seq: 0,
                records: vec![rec],
            });
        })
    } else {
        std::thread::spawn(move || {
            batch::read_sources(sources, stdin_reader, opts, rec_tx, win_tx, move |n| {
                if let Some(b) = &reader_bar {
                    b.inc(n);
                }
            })
        })
    };
    let worker_summarizer = Arc::clone(&summarizer);
    let workers = batch::spawn_workers(jobs, rec_rx, res_tx, move |rec| {
        process(rec, &worker_summarizer, &base, &worker_opts, output, pretty)
    });

    // Write to the target (a file: a temporary file next to --out, renamed at the end).
    let (sink, pending): (Box<dyn Write>, _) = match &args.out {
        Some(p) => {
            let (file, pending) = out_file::create(p).map_err(Failure::input)?;
            (Box::new(file), Some(pending))
        }
        None => (Box::new(std::io::stdout().lock()), None),
    };
    let mut sink = BufWriter::new(sink);
    let start = Instant::now();
    let text_mode = output == OutputFormat::Text;
    let progress_bar = bar.clone();
    let result = batch::write_ordered(res_rx, win_rx, &mut sink, text_mode, |done, failed| {
        if let Some(b) = &progress_bar {
            let secs = start.elapsed().as_secs_f64().max(1e-9);
            b.set_message(format!(
                "{done} docs ({failed} failed) {:.0} docs/s",
                done as f64 / secs
            ));
        }
    });
    let _ = reader.join();
    for w in workers {
        let _ = w.join();
    }
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let (records, failed) = result.map_err(Failure::from)?;
    sink.flush().map_err(Failure::from)?;
    drop(sink);
    if let Some(p) = pending {
        out_file::commit(p).map_err(Failure::input)?;
    }
    let secs = start.elapsed().as_secs_f64();
    if !args.quiet && !single_text {
        eprintln!(
            "mujaz: {records} records, {} done, {failed} failed in {secs:.2} s ({:.0} docs/s, {jobs} jobs)",
            records - failed,
            records as f64 / secs.max(1e-9)
        );
    }
    if failed > 0 {
        // Text output already printed each failure on stderr.
        return Err(
            Failure::input(format!("{failed} of {records} record(s) failed")).quiet_if(single_text),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`LINE_KEYS`] names every key a [`Line`] writes but `reference`: a field added to
    /// [`Summary`] must join it, or a kept field of that name would be written twice.
    #[test]
    fn line_keys_are_the_summarys_and_ours() {
        let s = Summarizer::default()
            .summarize(mujaz_text::samples::NEWS_ARTICLE, &Options::default())
            .unwrap();
        let v = serde_json::to_value(&s).unwrap();
        let mut keys = vec!["id", "source"];
        keys.extend(v.as_object().unwrap().keys().map(|k| k.as_str()));
        assert_eq!(keys, LINE_KEYS);
    }
}
