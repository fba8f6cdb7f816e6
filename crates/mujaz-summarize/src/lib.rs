//! # mujaz-summarize
//!
//! The mujaz engine: given one Arabic news article, return a **standfirst** (the one-sentence
//! summary under a headline), a **headline** (about 6–14 words) or a k-sentence **extract**,
//! with the source sentence indices, byte offsets and scores behind every word.
//!
//! Standfirst and headline read only the article's lead (its first sentences, up to about
//! [`STANDFIRST_LEAD_WORDS`] and [`HEADLINE_LEAD_WORDS`] words; see
//! [`Summarizer::lead_words`]), as news puts its summary
//! first; extracts read the whole article. A web page is summarized from its text with
//! [`Summarizer::summarize_html`], its offsets pointing into the HTML.
//!
//! ```
//! use mujaz_summarize::{Mode, Options, Summarizer};
//!
//! let article = mujaz_text::samples::NEWS_ARTICLE;
//! let s = Summarizer::default();
//! let out = s.summarize(article, &Options::default()).unwrap();
//! assert_eq!(out.sentences.len(), 1);
//! let first = &out.sentences[0];
//! // The lead sentence, its opening verb in the present as standfirsts tell news.
//! assert!(article[first.start..first.end].starts_with("أعلنت وزارة الصحة"));
//! assert!(out.summary.starts_with("تعلن وزارة الصحة"));
//! assert_eq!(first.text(article), out.summary);
//!
//! let extract = s.summarize(article, &Options { mode: Mode::Extract, ..Options::default() }).unwrap();
//! assert_eq!(extract.sentences.len(), 3);
//! ```

#![warn(missing_docs)]
// Numeric loops over feature and sentence indices read better with explicit indices.
#![allow(clippy::needless_range_loop)]

pub mod compress;
pub mod doc;
pub mod features;
pub mod model;
pub mod score;
pub mod train;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use mujaz_text::{Analysis, Analyzer};

pub use compress::{CompressOptions, Rewrite};
pub use model::{LinearModel, Model};

use doc::DocVectors;

/// What kind of summary to produce.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// One sentence, like the summary under a news headline.
    #[default]
    Standfirst,
    /// A short headline (about 6–14 words), compressed from one sentence.
    Headline,
    /// Several sentences in document order.
    Extract,
}

impl FromStr for Mode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "standfirst" => Ok(Mode::Standfirst),
            "headline" => Ok(Mode::Headline),
            "extract" => Ok(Mode::Extract),
            _ => Err(format!(
                "unknown mode '{s}' (expected standfirst, headline or extract)"
            )),
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Mode::Standfirst => "standfirst",
            Mode::Headline => "headline",
            Mode::Extract => "extract",
        })
    }
}

/// How sentences are scored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Algorithm {
    /// Earlier sentences first.
    Lead,
    /// tf-idf cosine to the document centroid.
    Centroid,
    /// TextRank.
    Textrank,
    /// Continuous LexRank.
    Lexrank,
    /// The supervised scorer (default).
    #[default]
    Learned,
}

impl FromStr for Algorithm {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "lead" => Ok(Algorithm::Lead),
            "centroid" => Ok(Algorithm::Centroid),
            "textrank" => Ok(Algorithm::Textrank),
            "lexrank" => Ok(Algorithm::Lexrank),
            "learned" => Ok(Algorithm::Learned),
            _ => Err(format!(
                "unknown algorithm '{s}' (expected lead, centroid, textrank, lexrank or learned)"
            )),
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Algorithm::Lead => "lead",
            Algorithm::Centroid => "centroid",
            Algorithm::Textrank => "textrank",
            Algorithm::Lexrank => "lexrank",
            Algorithm::Learned => "learned",
        })
    }
}

/// Length of an extract.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Length {
    /// This many sentences.
    Sentences(usize),
    /// At most this many words: the best sentences that fit the budget (the best sentence
    /// alone when even it is longer).
    Words(usize),
    /// This fraction of the article's sentences (at least one).
    Ratio(f64),
}

/// Summarization options.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// The mode.
    pub mode: Mode,
    /// The scorer.
    pub algorithm: Algorithm,
    /// Extract length (default 3 sentences); ignored by standfirst and headline.
    pub length: Option<Length>,
    /// The article's title, when known (a feature of the learned scorer).
    pub title: Option<String>,
    /// Compression; `None` uses the mode's default (headline: compress to fit; others:
    /// none).
    pub compress: Option<CompressOptions>,
    /// MMR trade-off for extracts: 1.0 is pure relevance.
    pub mmr_lambda: f32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            mode: Mode::Standfirst,
            algorithm: Algorithm::Learned,
            length: None,
            title: None,
            compress: None,
            mmr_lambda: 0.7,
        }
    }
}

/// The compression a mode gets when [`Options::compress`] is `None`:
/// [`headline_compression`], [`standfirst_compression`], or none for extracts (sentences
/// kept as written).
pub fn default_compression(mode: Mode) -> CompressOptions {
    match mode {
        Mode::Headline => headline_compression(),
        Mode::Standfirst => standfirst_compression(),
        Mode::Extract => CompressOptions::none(),
    }
}

/// Default headline compression: datelines, parentheticals, days and dates go, reported speech
/// reads `speaker: what was said` (see [`CompressOptions::reported_speech`]), `لكرة القدم`
/// goes after what it specifies (see [`CompressOptions::default_sport`]), a world figure's
/// given name goes before the surname (see [`CompressOptions::short_names`]), a frame before the
/// main clause goes (see [`CompressOptions::fronted_frame`]), and the headline
/// fits 14 words (a number at the limit keeps the word it counts, a score its other side), cut at a clause boundary when one comes after 10 (tuned on the validation
/// fold of ant_headlines dev); an opening verb left in the past is written in the present
/// (see [`CompressOptions::present_tense`]), an opening passive as its noun (`قُتل` →
/// `مقتل`, see [`CompressOptions::event_noun`]), and no full stop ends it (see
/// [`CompressOptions::final_stop`]).
pub fn headline_compression() -> CompressOptions {
    CompressOptions {
        reported_speech: true,
        default_sport: true,
        short_names: true,
        fronted_frame: true,
        present_tense: true,
        cut_after_words: 10,
        max_words: 14,
        final_stop: true,
        ..CompressOptions::default()
    }
}

/// Default standfirst compression: only a dateline or agency tag opening the sentence goes
/// (`القاهرة (رويترز) -`, `دبي، الإمارات العربية المتحدة (CNN)--`), as an editor would
/// strip it, and the `و`/`ف` that links a sentence from inside the article to the one before
/// (see [`CompressOptions::connective`]), and an opening verb is written in the present, as
/// BBC Arabic's standfirsts tell news (`أعلنت الحكومة` → `تعلن الحكومة`, see
/// [`CompressOptions::present_tense`]), after its speaker when it is a verb of saying (`الوزير
/// يقول إن`, see [`CompressOptions::subject_first`]), and an opening passive as its noun
/// (`توفي` → `وفاة`, see [`CompressOptions::event_noun`]); every other rule lowered ROUGE on
/// ant_bbc dev (see the README). A run-on "sentence" (text without full stops) is cut at the first comma
/// after 60 words and at 80 words at most; no dev-set standfirst is that long (BBC's longest
/// reference has 54).
pub fn standfirst_compression() -> CompressOptions {
    CompressOptions {
        dateline: true,
        connective: true,
        present_tense: true,
        event_noun: true,
        subject_first: true,
        cut_after_words: STANDFIRST_CUT_AFTER_WORDS,
        max_words: STANDFIRST_MAX_WORDS,
        ..CompressOptions::none()
    }
}

/// See [`standfirst_compression`].
pub const STANDFIRST_CUT_AFTER_WORDS: usize = 60;
/// See [`standfirst_compression`].
pub const STANDFIRST_MAX_WORDS: usize = 80;

/// The lead window `mujaz train` gives a mode's learned model unless told otherwise, and
/// the `lead` scorer reads: [`STANDFIRST_LEAD_WORDS`] for standfirst,
/// [`HEADLINE_LEAD_WORDS`] for headline (news puts its summary first; reading only the lead
/// makes them three to four times as fast on ant_bbc articles), the whole article for
/// extracts.
pub fn default_lead_words(mode: Mode) -> Option<usize> {
    match mode {
        Mode::Standfirst => Some(STANDFIRST_LEAD_WORDS),
        Mode::Headline => Some(HEADLINE_LEAD_WORDS),
        Mode::Extract => None,
    }
}

/// The standfirst's lead window, in words (see [`default_lead_words`]): the sentences up to
/// the one in which 40 words are reached, usually the first two. On ant_bbc dev, windows of
/// 30 to 100 words score alike out of fold (R1 65.14–65.19 by `rouge_ar.py`, 20 of 2,830
/// standfirsts differing between 40 and 100), and 40 analyzes 37 % fewer instructions
/// an article than 100 did.
pub const STANDFIRST_LEAD_WORDS: usize = 40;

/// The headline's lead window, in words (see [`default_lead_words`]): its rules test names
/// against the rest of the lead, and 40 words cost R1 there (31.88 against 31.96).
pub const HEADLINE_LEAD_WORDS: usize = 100;

/// One source sentence behind a summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SourceSentence {
    /// Its index among the article's sentences.
    pub index: usize,
    /// Byte offset of its start in the input.
    pub start: usize,
    /// Byte offset of its end in the input.
    pub end: usize,
    /// Its score under the algorithm (higher is better).
    pub score: f32,
    /// For compressed output: the byte ranges of the input that were kept (the summary
    /// shows them joined by [`compress::join_kept`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kept: Option<Vec<[usize; 2]>>,
    /// For a headline in the form `speaker: what was said`: the index of the kept span that
    /// ends the speaker, joined to the next by `: ` (see
    /// [`CompressOptions::reported_speech`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colon_after: Option<usize>,
    /// The words the summary writes anew, in order: an opening verb in the present tense
    /// (and a verb coordinated with it), or in a headline the speaker's own verb after them,
    /// each with the byte range of the article's verb (see [`CompressOptions::present_tense`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rewritten: Vec<Rewrite>,
}

impl SourceSentence {
    /// The byte ranges of the input behind this sentence's part of the summary: the kept
    /// spans, or the whole sentence when nothing was cut.
    pub fn spans(&self) -> Vec<(usize, usize)> {
        match &self.kept {
            Some(kept) => kept.iter().map(|&[a, b]| (a, b)).collect(),
            None => vec![(self.start, self.end)],
        }
    }

    /// This sentence's part of the summary, rebuilt from `input`: its kept spans joined as
    /// [`compress::join_rewritten`] does.
    pub fn text(&self, input: &str) -> String {
        compress::join_rewritten(input, &self.spans(), self.colon_after, &self.rewritten)
    }
}

/// A summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The summary text.
    pub summary: String,
    /// The mode.
    pub mode: Mode,
    /// The algorithm.
    pub algorithm: Algorithm,
    /// The chosen source sentences, in document order.
    pub sentences: Vec<SourceSentence>,
}

impl Summary {
    /// Point every byte offset of the summary somewhere else: `map(start, end)` gives the
    /// range that replaces `start..end` (an empty range for an inserted word). Used to carry
    /// offsets from the text of a page back to its HTML ([`Summarizer::summarize_html`]).
    pub fn map_offsets(&mut self, map: impl Fn(usize, usize) -> (usize, usize)) {
        for s in &mut self.sentences {
            (s.start, s.end) = map(s.start, s.end);
            for k in s.kept.iter_mut().flatten() {
                let (a, b) = map(k[0], k[1]);
                *k = [a, b];
            }
            for r in &mut s.rewritten {
                (r.start, r.end) = map(r.start, r.end);
            }
        }
    }
}

/// Why an article could not be summarized.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SummarizeError {
    /// The text is empty or white space only.
    Empty,
    /// The text contains no Arabic letter.
    NoArabic,
    /// An option is invalid.
    InvalidOption(String),
}

impl SummarizeError {
    /// A short machine-readable kind.
    pub fn kind(&self) -> &'static str {
        match self {
            SummarizeError::Empty => "empty",
            SummarizeError::NoArabic => "no_arabic",
            SummarizeError::InvalidOption(_) => "invalid_option",
        }
    }
}

impl fmt::Display for SummarizeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SummarizeError::Empty => f.write_str("the text is empty"),
            SummarizeError::NoArabic => f.write_str("the text contains no Arabic"),
            SummarizeError::InvalidOption(m) => write!(f, "invalid option: {m}"),
        }
    }
}

impl std::error::Error for SummarizeError {}

/// The summarizer: an analyzer and a learned model, built once and shared (it is `Sync`).
#[derive(Debug)]
pub struct Summarizer {
    analyzer: Analyzer,
    model: Model,
}

impl Default for Summarizer {
    fn default() -> Self {
        Summarizer::new(Model::embedded())
    }
}

/// Everything the scorers need about one article.
pub struct Prepared<'a> {
    /// The analysis.
    pub analysis: Analysis<'a>,
    /// Term vectors.
    pub vectors: DocVectors,
}

impl Summarizer {
    /// A summarizer with the given learned model.
    pub fn new(model: Model) -> Self {
        Summarizer {
            analyzer: Analyzer::default(),
            model,
        }
    }

    /// The learned model in use.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The analyzer in use.
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// Analyze an article (and its title) for scoring.
    pub fn prepare<'a>(&'a self, text: &'a str, title: Option<&'a Analysis<'a>>) -> Prepared<'a> {
        self.prepare_lead(text, title, None)
    }

    /// Like [`Summarizer::prepare`], but with `lead_words` set only the article's lead is
    /// analyzed (see [`mujaz_text::Analyzer::analyze_lead`]). A lead of crossheads, captions
    /// or foreign-language lines alone (no sentence of five words or more with Arabic in it
    /// that is no [heading line](doc::SentenceVec::heading)) is no lead: then the whole
    /// article is. Training and summarizing both prepare articles
    /// here, so they agree.
    pub fn prepare_lead<'a>(
        &'a self,
        text: &'a str,
        title: Option<&'a Analysis<'a>>,
        lead_words: Option<usize>,
    ) -> Prepared<'a> {
        if let Some(w) = lead_words {
            let analysis = self.analyzer.analyze_lead(text, w);
            let vectors = DocVectors::build(&analysis, title);
            let more = analysis
                .sentences()
                .last()
                .is_some_and(|s| s.end < text.trim_end().len());
            if !more || vectors.sentences.iter().any(|s| can_stand(s) && !s.heading) {
                return Prepared { analysis, vectors };
            }
        }
        let analysis = self.analyzer.analyze(text);
        let vectors = DocVectors::build(&analysis, title);
        Prepared { analysis, vectors }
    }

    /// How much of an article `algorithm` reads in `mode`: the learned model's lead window;
    /// for `lead` in standfirst and headline, [`default_lead_words`] (its choice is the
    /// same); everything (`None`) for the centrality scorers and for extracts.
    pub fn lead_words(&self, mode: Mode, algorithm: Algorithm) -> Option<usize> {
        match (algorithm, mode) {
            (Algorithm::Learned, _) => self.model.for_mode(mode).lead_words,
            (Algorithm::Lead, Mode::Standfirst | Mode::Headline) => default_lead_words(mode),
            _ => None,
        }
    }

    /// Score every sentence of a prepared article.
    pub fn scores(&self, p: &Prepared<'_>, mode: Mode, algorithm: Algorithm) -> Vec<f32> {
        match algorithm {
            Algorithm::Lead => score::lead(&p.vectors),
            Algorithm::Centroid => score::centroid(&p.vectors),
            Algorithm::Textrank => score::textrank(&p.vectors),
            Algorithm::Lexrank => score::lexrank(&p.vectors),
            Algorithm::Learned => {
                let lm = self.model.for_mode(mode);
                features::sentence_features(&p.analysis, &p.vectors)
                    .iter()
                    .map(|x| lm.logit(x))
                    .collect()
            }
        }
    }

    /// Summarize one article given as HTML (a page or a fragment): its text is read as
    /// [`HtmlText`](mujaz_text::html::HtmlText) reads it (tags, scripts and page furniture
    /// left out, character references decoded, one line per block), its `<h1>` or `<title>`
    /// is the title unless [`Options::title`] gives one, and every byte offset of the summary
    /// indexes `html` itself: a range of it holds the summarized words with the markup
    /// between them (so [`SourceSentence::text`] does not rebuild the summary from `html`).
    ///
    /// ```
    /// use mujaz_summarize::{Options, Summarizer};
    ///
    /// let html = "<html><head><title>الوزارة تفتتح مستشفى</title></head><body>\
    ///     <nav><a href='/'>الرئيسية</a></nav><p>افتتحت وزارة الصحة &quot;مستشفى الأمل&quot; \
    ///     في مدينة الزرقاء بتكلفة 45 مليون دينار.</p><p>وقال الوزير إن المستشفى يخدم \
    ///     نصف مليون نسمة.</p></body></html>";
    /// let out = Summarizer::default().summarize_html(html, &Options::default()).unwrap();
    /// assert_eq!(out.summary, "تفتتح وزارة الصحة \"مستشفى الأمل\" في مدينة الزرقاء بتكلفة 45 مليون دينار.");
    /// let first = &out.sentences[0];
    /// assert!(html[first.start..first.end].starts_with("افتتحت وزارة الصحة &quot;"));
    /// ```
    pub fn summarize_html(&self, html: &str, opts: &Options) -> Result<Summary, SummarizeError> {
        let page = mujaz_text::html::HtmlText::parse(html);
        let titled;
        let opts = match (&opts.title, page.title()) {
            (None, Some(t)) => {
                titled = Options {
                    title: Some(t.to_string()),
                    ..opts.clone()
                };
                &titled
            }
            _ => opts,
        };
        let mut summary = self.summarize(page.text(), opts)?;
        summary.map_offsets(|a, b| page.source_range(a, b));
        Ok(summary)
    }

    /// Summarize one article.
    pub fn summarize(&self, text: &str, opts: &Options) -> Result<Summary, SummarizeError> {
        if text.trim().is_empty() {
            return Err(SummarizeError::Empty);
        }
        if !mujaz_text::has_arabic(text) {
            return Err(SummarizeError::NoArabic);
        }
        opts.validate()?;
        let title_analysis = opts.title.as_deref().map(|t| self.analyzer.analyze(t));
        let p = self.prepare_lead(
            text,
            title_analysis.as_ref(),
            self.lead_words(opts.mode, opts.algorithm),
        );
        let n = p.analysis.sentences().len();
        let scores = self.scores(&p, opts.mode, opts.algorithm);
        let chosen: Vec<usize> = match opts.mode {
            Mode::Standfirst | Mode::Headline => best_sentence(&p, &scores).into_iter().collect(),
            Mode::Extract => select_extract(&p, &scores, opts),
        };
        let compression = match &opts.compress {
            Some(c) => c.clone(),
            None => default_compression(opts.mode),
        };
        let mut sentences = Vec::with_capacity(chosen.len());
        let mut parts = Vec::with_capacity(chosen.len());
        for &i in &chosen {
            let s = &p.analysis.sentences()[i];
            let kept = compress::compress(&p.analysis, s, &compression);
            let whole = kept.spans.len() == 1 && kept.spans[0] == (s.start, s.end);
            parts.push(kept.text(text));
            sentences.push(SourceSentence {
                index: i,
                start: s.start,
                end: s.end,
                score: scores[i],
                kept: (!whole).then(|| kept.spans.iter().map(|&(a, b)| [a, b]).collect()),
                colon_after: kept.colon_after,
                rewritten: kept.rewritten,
            });
        }
        debug_assert!(chosen.iter().all(|&i| i < n));
        Ok(Summary {
            summary: parts.join(" "),
            mode: opts.mode,
            algorithm: opts.algorithm,
            sentences,
        })
    }
}

impl Options {
    /// Check the options (lengths and MMR trade-off) without summarizing anything.
    pub fn validate(&self) -> Result<(), SummarizeError> {
        validate(self)
    }
}

fn validate(opts: &Options) -> Result<(), SummarizeError> {
    match opts.length {
        Some(Length::Sentences(0)) => Err(SummarizeError::InvalidOption(
            "sentences must be at least 1".into(),
        )),
        Some(Length::Words(0)) => Err(SummarizeError::InvalidOption(
            "words must be at least 1".into(),
        )),
        Some(Length::Ratio(r)) if !(r > 0.0 && r <= 1.0) => Err(SummarizeError::InvalidOption(
            format!("ratio must be in (0, 1], got {r}"),
        )),
        _ if !(0.0..=1.0).contains(&opts.mmr_lambda) => Err(SummarizeError::InvalidOption(
            format!("mmr_lambda must be in [0, 1], got {}", opts.mmr_lambda),
        )),
        _ => Ok(()),
    }
}

/// Fewest words a standfirst or headline sentence should have: shorter ones are crossheads
/// (`ماذا قال ترامب؟`), captions or fragments, chosen only when nothing longer exists.
const MIN_SUMMARY_WORDS: usize = 5;

/// True for a sentence that can stand as a standfirst or headline of an Arabic article: at
/// least [`MIN_SUMMARY_WORDS`] words, some of them Arabic (not an English quote or caption).
fn can_stand(sv: &doc::SentenceVec) -> bool {
    sv.words >= MIN_SUMMARY_WORDS && sv.arabic > 0
}

/// The best sentence that [`can_stand`] and is not [set aside](doc::DocVectors::set_aside), else
/// the best that can stand, else the best of at least [`MIN_SUMMARY_WORDS`] words, else the
/// best one that carries words (ties: the earlier one).
fn best_sentence(p: &Prepared<'_>, scores: &[f32]) -> Option<usize> {
    let best_of = |ok: &dyn Fn(usize, &doc::SentenceVec) -> bool| {
        let mut best: Option<usize> = None;
        for (i, sv) in p.vectors.sentences.iter().enumerate() {
            // The score first: `ok` may read the sentence's text.
            if best.is_none_or(|b| scores[i] > scores[b]) && ok(i, sv) {
                best = Some(i);
            }
        }
        best
    };
    let stands = |sv: &doc::SentenceVec| can_stand(sv) && !p.vectors.sets_aside(sv);
    best_of(&|i, sv| {
        stands(sv)
            && !ends_a_quotation(&p.analysis, i)
            && !answers_another(&p.analysis, i)
            && !speaks_of_itself(&p.analysis, i)
    })
    .or_else(|| best_of(&|_, sv| stands(sv)))
    .or_else(|| best_of(&|_, sv| can_stand(sv)))
    .or_else(|| best_of(&|_, sv| sv.words >= MIN_SUMMARY_WORDS))
    .or_else(|| best_of(&|_, sv| sv.words > 0))
    .or(if scores.is_empty() { None } else { Some(0) })
}

/// True when sentence `i` is the end of a quotation that an earlier sentence opened
/// (`يتعين أن تكون هناك هيمنة أميركية في الفضاء".` after `وأوضح ترامب: "لا يكفي ...
/// الفضاء.`): out of it, no one says it.
fn ends_a_quotation(a: &Analysis<'_>, i: usize) -> bool {
    let Some(s) = a.sentences().get(i) else {
        return false;
    };
    let text = a.text();
    let quotes = |t: &str| t.matches('"').count();
    let own = &text[s.start..s.end];
    // What the closing mark leaves after it: nothing but punctuation, or who said it
    // (`...كرمالك"، جاءت هذه العبارات في أحدث فيديو للمغنية`), which stands.
    let said_by_none = |close: usize| !own[close..].chars().any(char::is_alphanumeric);
    // In its paragraph: a stray mark earlier in the article says nothing of this one.
    let paragraph = text[..s.start].rfind('\n').map_or(0, |n| n + 1);
    let straight = quotes(own) % 2 == 1
        && quotes(&text[paragraph..s.start]) % 2 == 1
        && own.rfind('"').is_some_and(said_by_none);
    let angled = own.matches('»').count() > own.matches('«').count()
        && own.rfind('»').is_some_and(said_by_none);
    straight || angled
}

/// The normalized words of sentence `i` (none past the last sentence).
fn sentence_words<'a>(a: &'a Analysis<'_>, i: usize) -> impl Iterator<Item = &'a str> + 'a {
    a.sentences()
        .get(i)
        .map_or(&[][..], |s| a.sentence_tokens(s))
        .iter()
        .filter(|t| t.kind.is_word())
        .map(|t| a.norm(t))
}

/// True when sentence `i` (not the first) opens with a word that answers the sentence before
/// it (`لكن`, `لكنها`, `إلا أن`, `إذ`): a "but" or a "since" out of its context.
fn answers_another(a: &Analysis<'_>, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let mut words = sentence_words(a, i);
    let first = words.next().unwrap_or("");
    let first = first
        .strip_prefix('و')
        .filter(|w| w.starts_with("لكن"))
        .unwrap_or(first);
    matches!(
        first,
        "لكن" | "لكنه" | "لكنها" | "لكنهم" | "لكنني" | "اذ" | "اذن"
    ) || matches!(first, "الا" | "غير") && words.next() == Some("ان")
}

/// True when sentence `i` speaks of the article rather than the news: a byline (`بقلم` in
/// its first four words: `هذا المقال بقلم د. ...`, `مقال بقلم ...`) or a note on the article
/// itself (`هذا المقال منشور بالتعاون مع ...`).
fn speaks_of_itself(a: &Analysis<'_>, i: usize) -> bool {
    let mut words = sentence_words(a, i);
    let first: [&str; 4] = std::array::from_fn(|_| words.next().unwrap_or(""));
    first.contains(&"بقلم")
        || matches!(first[0], "هذا" | "هذ" | "هذه") && matches!(first[1], "المقال" | "المقالة")
}

/// MMR selection of an extract, returned in document order.
fn select_extract(p: &Prepared<'_>, scores: &[f32], opts: &Options) -> Vec<usize> {
    let n = scores.len();
    let sents = &p.vectors.sentences;
    // Heading lines are no part of an extract (unless the article is nothing else), nor are
    // bylines and notes on the article (unless nothing else is left).
    let usable = |i: usize| sents[i].words > 0 && !p.vectors.set_aside(i);
    let mut candidates: Vec<usize> = (0..n)
        .filter(|&i| usable(i) && !speaks_of_itself(&p.analysis, i))
        .collect();
    if candidates.is_empty() {
        candidates = (0..n).filter(|&i| usable(i)).collect();
    }
    if candidates.is_empty() {
        return Vec::new();
    }
    let (max_sents, max_words) = match opts.length.unwrap_or(Length::Sentences(3)) {
        Length::Sentences(k) => (k, usize::MAX),
        Length::Words(w) => (usize::MAX, w),
        Length::Ratio(r) => (
            ((candidates.len() as f64) * r).ceil().max(1.0) as usize,
            usize::MAX,
        ),
    };
    // Scores to [0, 1] so that MMR's two terms are comparable.
    let (lo, hi) = candidates.iter().fold((f32::MAX, f32::MIN), |(a, b), &i| {
        (a.min(scores[i]), b.max(scores[i]))
    });
    let rel = |i: usize| {
        if hi > lo {
            (scores[i] - lo) / (hi - lo)
        } else {
            1.0
        }
    };
    let mut chosen: Vec<usize> = Vec::new();
    let mut words = 0usize;
    let mut left = candidates;
    while chosen.len() < max_sents && !left.is_empty() && words < max_words {
        // A word budget is a limit: once a sentence is in, only sentences that still fit
        // are candidates.
        let fits = |i: usize| chosen.is_empty() || words + sents[i].words <= max_words;
        if !left.iter().any(|&i| fits(i)) {
            break;
        }
        let (pos, _) = left
            .iter()
            .enumerate()
            .filter(|&(_, &i)| fits(i))
            .map(|(k, &i)| {
                let redundancy = chosen
                    .iter()
                    .map(|&j| p.vectors.sentence_cosine(i, j))
                    .fold(0f32, f32::max);
                (
                    k,
                    opts.mmr_lambda * rel(i) - (1.0 - opts.mmr_lambda) * redundancy,
                )
            })
            .fold((0, f32::MIN), |a, b| if b.1 > a.1 { b } else { a });
        let i = left.remove(pos);
        words += sents[i].words;
        chosen.push(i);
    }
    chosen.sort_unstable();
    chosen
}
