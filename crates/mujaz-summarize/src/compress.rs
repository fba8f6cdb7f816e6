//! Sentence compression by span deletion: the output is the source sentence with spans
//! removed, so every kept byte is traceable to the article.

use mujaz_text::{Analysis, AnalyzedSentence, AnalyzedToken, TokenKind};
use serde::{Deserialize, Serialize};

mod cut;
mod event;
mod opening;
mod past;
mod speech;
mod tense;

use cut::{
    cut_at_limit, fixed_pair_in_article, in_sentence, marks_list_item, written_with_proclitics,
    AS_PUT,
};
use opening::{
    drop_fronted_frame, frame_before_speech, is_coordinated_plural_perfect,
    is_verbal_noun_after_tamma, opening_rewrites, opens_frame, own_plural_present,
    present_tense_verbs, speaker_first, MAX_WORDS_BEFORE_QAD, TAMMA,
};
use past::{main_clause_says_past, PAST_MARKS};

pub use event::event_noun;
pub use tense::{present, present_by_evidence};

/// What to delete.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CompressOptions {
    /// Remove a leading dateline or agency tag (`واشنطن (رويترز) -`, `دبي، ... (CNN)—`).
    pub dateline: bool,
    /// Remove short parentheticals `( ... )`.
    pub parentheticals: bool,
    /// Remove day-of-week time expressions (`، الخميس،`, `اليوم الأحد`).
    pub days: bool,
    /// Remove dates (`30 مارس/آذار 2018`, `في يناير/كانون الثاني`) and `أمس`.
    #[serde(default)]
    pub dates: bool,
    /// Remove circumstantial insertions between commas (`، قبيل لقائه الرئيس،`,
    /// `، بحسب الوكالة،`). Off by default: neutral on ant_bbc (see the README).
    #[serde(default)]
    pub insertions: bool,
    /// Remove a trailing clause opened by a comma and a `و` word (`، ودعا إلى ...`) after the
    /// first eight words. Off by default: it costs ROUGE on ant_bbc (see the README).
    #[serde(default)]
    pub trailing_clause: bool,
    /// Remove a trailing attribution (`، حسبما قالت الوكالة.`, `، بحسب مصادر.`,
    /// `، نقلا عن ...`). Off by default (see the README).
    #[serde(default)]
    pub attribution: bool,
    /// Remove the conjunction `و`/`ف` that opens a sentence taken from inside the article,
    /// when it is attached to a function word (`وكانت` → `كانت`, `فقد` → `قد`, `وقال` →
    /// `قال`): out of its context the link means nothing; before a listed verb's perfect
    /// `وقد`/`فقد` go whole (`وقد رفع الوزير` → `رفع الوزير`), `قد` only stressing that it
    /// happened. Never on the article's first sentence, nor where the letter may belong to
    /// the word (`وزير`, `فاز`, `وإلياس`, `فتحت`, `واحد`, `فقد` "lost"). A phrase that ties
    /// the sentence to the one before it goes too, with its comma (`ومع ذلك،`, `من جهته،`,
    /// `في المقابل،`, `إلى ذلك،`).
    #[serde(default)]
    pub connective: bool,
    /// Write reported speech the way headlines do. A sentence that opens with a verb of
    /// saying, its speaker and `إن`/`أن` becomes `speaker: what was said` (`قال وزير المالية
    /// إن الميزانية ...` → `وزير المالية: الميزانية ...`; the summary joins the speaker and the
    /// rest with a colon, see [`Kept::colon_after`]); with `إنه`/`إنها`/`إنهم` before the
    /// speaker's own verb it becomes `speaker verb ...` (`قال الوزير إنه سيزور ...` → `الوزير
    /// سيزور ...`), and with `إنه` before an impersonal clause, or a pronoun of the speaker before
    /// no verb, `speaker: clause` (`إنه تم`, `إنه ينبغي`, `إنه من المتوقع`, `قال الوزير إنه
    /// مستعد` → `الوزير: مستعد`); `أعلن`/`كشف` with `عن` and a noun gives `speaker: noun
    /// ...` (`أعلنت الشركة عن إطلاق ...` → `الشركة: إطلاق ...`), and `أعلن`/`أظهر`/`أكد`/`كشف`
    /// with the event as their object after a definite speaker reads the same (`أعلن الجيش
    /// الوطني مقتل ...` → `الجيش الوطني: مقتل ...`, `أظهرت بيانات الجمارك ارتفاع ...`), and so
    /// does what was achieved (`تمكنت الشرطة من القبض على ...` → `الشرطة: القبض على ...`,
    /// `نجح الفريق في التأهل`). Only verbs that report without judging (`قال`, `أعلن`, `أكد`,
    /// ...; never `نفى` or `زعم`), a speaker of one to eight words with its quotation marks paired (a longer one keeps the
    /// words before the apposition that opens at its last comma within eight: `قال جيمس كلابر،
    /// الرئيس الأسبق لوكالة ...، إن` → `جيمس كلابر:`), and at least three words after. The
    /// circumstance of the statement goes and does not count: between commas (`، قبيل لقائه
    /// نظيره،`) or closing the speaker (`في مقابلة مع ...`, `خلال ...`, `على هامش ...`); a
    /// bracket's words do not count either. `على حد تعبيره` ("as he put it", with a pronoun)
    /// goes too: the colon says whose words they are. On for headlines.
    #[serde(default)]
    pub reported_speech: bool,
    /// Remove `لكرة القدم` after the body, competition or team it specifies (`الاتحاد السعودي
    /// لكرة القدم` → `الاتحاد السعودي`, `كأس العالم لكرة القدم` → `كأس العالم`): football is the
    /// sport news names by default, and headlines leave it out; `لكرة السلة` stays. On for
    /// headlines.
    #[serde(default)]
    pub default_sport: bool,
    /// Call world figures and countries by the short names headlines use: a listed given name
    /// before the surname goes (`رجب طيب أردوغان` → `أردوغان`, `فلاديمير بوتين` → `بوتين`) with
    /// the title right before it (`الرئيس الأمريكي دونالد ترامب` → `ترامب`; not `الرئيس الأمريكي
    /// السابق`), and a country's official name gives way to its common one (`المملكة العربية
    /// السعودية` → `السعودية`, `الولايات المتحدة الأمريكية` → `الولايات المتحدة`, `دولة
    /// الإمارات العربية المتحدة` → `الإمارات`, `جمهورية مصر العربية` → `مصر`), freeing words for
    /// what was done. Only the given names of a closed list (Donald, Vladimir, Emmanuel,
    /// Angela, Theresa, Boris, Benjamin, Justin, Hillary, Barack, Nicolás, Bashar, Recep
    /// Tayyip), never an Arabic name (`محمد صلاح`, `عبدالله الثاني`; `بشار الأسد` → `الأسد` is
    /// the one), and only before a word that is no function word or name's joiner (`بن`) and
    /// after no joiner (`سلمان بن عبدالعزيز`). On for headlines.
    #[serde(default)]
    pub short_names: bool,
    /// Delete a frame that opens the sentence before its main clause, up to the comma that
    /// closes it, when a listed verb's perfect follows (`في موقف غير مسبوق، شن الرئيس ...` →
    /// `شن الرئيس ...`, then told in the present; `بعد أيام من خسارته اللقب، كشفت صحيفة`):
    /// a headline tells the news, which a cut at the word limit would otherwise leave out.
    /// Only a frame opened by a preposition of circumstance (`في`, `مع`, `رغم`, `بعد`, `وسط`,
    /// `خلال`, `إثر`, `عقب`) of 2 to 10 words, without a number, month, quotation, bracket or
    /// past date (`في منتصف الثمانينات من القرن الماضي،` stays: it dates the verb). On for
    /// headlines.
    #[serde(default)]
    pub fronted_frame: bool,
    /// Write a verb in the past that opens the sentence in the present, as standfirsts and
    /// headlines tell news (`أعلنت الحكومة ...` → `تعلن الحكومة ...`, `قال الوزير إن ...` →
    /// `يقول الوزير إن ...`), and a verb that a comma and `و` coordinate with it when it agrees
    /// with it and no relative clause came between (`، ودعا` → `، ويدعو`): the only words not
    /// kept as written, recorded in [`Kept::rewritten`]. Only verbs of a closed list (see
    /// [`present`]), never a verb vowelled as a passive, nor one that a preposition follows
    /// (`أُفرج عن`, `عُثر على`: a passive without its vowels), nor in a sentence that says
    /// `أمس` (unless it is deleted, as [`dates`](Self::dates) does) or whose main clause
    /// dates the event in the past (`في أكتوبر الماضي`, `في عام 2006`). On by default, and
    /// for standfirsts and headlines.
    pub present_tense: bool,
    /// Tell an opening passive by its verbal noun, as headlines and standfirsts tell what
    /// befell someone (`تُوفي المؤلف ...` → `وفاة المؤلف ...`, `قُتل 19 شخصا ...` → `مقتل 19
    /// شخصا ...`, `عُثر على ...` → `العثور على ...`, `أُفرج عن` → `الإفراج عن`, `أُلقي القبض`
    /// → `إلقاء القبض`), and a passive that `و` coordinates with it in its clause (`مقتل 50
    /// شخصا وإصابة العشرات`, `وأصيب 200 آخرون` → `وإصابة 200 آخرين`, `، وأصيب اثنان` → `،
    /// وإصابة اثنين`); `لقي 7 أشخاص مصرعهم` ("met their death") as `مصرع 7 أشخاص`: recorded
    /// in [`Kept::rewritten`]. An opening `تم` ("it was done") is deleted before the verbal
    /// noun it is said of (`تم إحباط هجوم` → `إحباط هجوم`). Only verbs of a closed list (see
    /// [`event_noun`]), each where its vowels or the word after it show the passive (`قتل 19
    /// شخصا`, not `قتل مسلحون`), or for `قتل` a circumstance after its subject (`قتل فلسطيني
    /// في قصف`). On by default, and for standfirsts and headlines.
    pub event_noun: bool,
    /// With [`CompressOptions::present_tense`] and without
    /// [`CompressOptions::reported_speech`]: put the speaker of reported speech before the
    /// verb, as BBC Arabic's standfirsts write it (`قال وزير المالية إن ...` → `وزير المالية
    /// يقول إن ...`, `أعلنت الشركة عن ...` → `الشركة تعلن عن ...`), the verb in the present
    /// agreeing with a plural or dual speaker (`قال مسؤولون إن` → `مسؤولون يقولون إن`, `قال
    /// مصدران إن` → `مصدران يقولان إن`). The article's
    /// verb is deleted and its present written before what was said (recorded in
    /// [`Kept::rewritten`] as an insertion: `start == end`), and a verb coordinated with it
    /// in the present too, as with the verb first. Only where the speaker stands alone between
    /// the verb and `إن`/`أن`/`عن` or the announced object, with at most an apposition or a
    /// circumstance between commas closed right before it (no time after the verb or in the
    /// speaker, no circumstance closing the speaker, no comma left open). On by default and
    /// for standfirsts.
    pub subject_first: bool,
    /// Cut at the first comma, relative pronoun (`الذي`, `التي`, ...) or `وذلك` ("and that,"
    /// opening a clause of circumstance) after this many words (0: never).
    pub cut_after_words: usize,
    /// Keep at most this many words (0: no limit), cutting at the word boundary; words written
    /// together (`1-2`, `إس-400`, `الـ12`) count once and are never parted. A number at
    /// the limit keeps the word that completes it (`عن عمر يناهز 92 عاما`, `مقتل 3 أشخاص`, or
    /// `في المئة`: one or two words more), which a cut would part from it, and a score cut after
    /// its `مقابل` its other side (`بثلاثة أهداف مقابل هدف`).
    pub max_words: usize,
    /// Delete the full stop (`.`) that ends what is kept: a headline carries none (of the
    /// 3,724 ant_headlines references one does, of BBC Arabic's 2,830 titles none). A
    /// question or an exclamation keeps its mark. For headlines.
    #[serde(default)]
    pub final_stop: bool,
}

impl Default for CompressOptions {
    fn default() -> Self {
        CompressOptions {
            dateline: true,
            parentheticals: true,
            days: true,
            dates: true,
            insertions: false,
            trailing_clause: false,
            attribution: false,
            connective: true,
            reported_speech: false,
            default_sport: false,
            short_names: false,
            fronted_frame: false,
            present_tense: true,
            event_noun: true,
            subject_first: true,
            cut_after_words: 0,
            max_words: 0,
            final_stop: false,
        }
    }
}

impl CompressOptions {
    /// No compression at all.
    pub fn none() -> Self {
        CompressOptions {
            dateline: false,
            parentheticals: false,
            days: false,
            dates: false,
            insertions: false,
            trailing_clause: false,
            attribution: false,
            connective: false,
            reported_speech: false,
            default_sport: false,
            short_names: false,
            fronted_frame: false,
            present_tense: false,
            event_noun: false,
            subject_first: false,
            cut_after_words: 0,
            max_words: 0,
            final_stop: false,
        }
    }

    /// True when [`CompressOptions::subject_first`] applies: it needs the present tense, and
    /// reported speech takes the speaker first.
    fn turns_speaker(&self) -> bool {
        self.subject_first && self.present_tense && !self.reported_speech
    }

    /// True when nothing would be deleted.
    pub fn is_none(&self) -> bool {
        *self == Self::none()
    }
}

/// A time relative to the article's day that starts at token `k` (its first and last tokens,
/// for [`time_span`]): `الأسبوع الماضي`, `العام الماضي` ("last week", "last year") after `في`,
/// a comma or a listed verb, as a past day goes (`وكانت الدوحة قد أعلنت الأسبوع الماضي عن`;
/// not after a noun, whose genitive it is: `أرباح العام الماضي`); `في وقت سابق` ("earlier",
/// [`earlier`]); a part of today (`صباح اليوم`, `مساء اليوم`, token `k` its `اليوم`) with no
/// day name after it (those the day rule takes), not the next day's (`صباح اليوم التالي`)
/// nor the part of the day a clock time names (`الساعة 07:37 صباح اليوم`).
fn relative_time(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    k: usize,
) -> Option<(usize, usize)> {
    let last = matches!(norm[k], "الاسبوع" | "الشهر" | "العام")
        && norm
            .get(k + 1)
            .is_some_and(|w| matches!(*w, "الماضي" | "المنصرم"))
        && k > 0
        && (norm[k - 1] == "في"
            || norm[k - 1] == ","
            || toks[k - 1].kind == TokenKind::Arabic
                && tense::is_listed_verb(doc.original(&toks[k - 1])));
    if last {
        return Some((k, k + 1));
    }
    if let Some(b) = earlier(norm, k) {
        return Some((k, b));
    }
    let part_of_today = k > 0
        && norm[k] == "اليوم"
        && PARTS_OF_THE_DAY.contains(&norm[k - 1])
        && norm
            .get(k + 1)
            .is_none_or(|w| !DAYS.contains(w) && !SAME_OR_NEXT_DAY.contains(w))
        && !(k.saturating_sub(4)..k - 1)
            .any(|j| toks[j].kind == TokenKind::Number || norm[j] == "الساعة");
    // Lazily: `k - 1` only where `k > 0` was tested.
    part_of_today.then(|| (k - 1, k))
}

/// The last token of `في وقت سابق` ("earlier") opening at token `k`, with what it is earlier
/// in (`من هذا الشهر`, `هذا العام`, `من العام الجاري`, `من اليوم`); `None` where none opens
/// there, or where what follows `من` is more than that (`من شهر مايو الجاري`: it stays whole).
fn earlier(norm: &[&str], k: usize) -> Option<usize> {
    const PERIODS: &[&str] = &["اليوم", "الاسبوع", "الشهر", "العام"];
    if norm.get(k..k + 3)? != ["في", "وقت", "سابق"] {
        return None;
    }
    let from = k + 3 + usize::from(norm.get(k + 3) == Some(&"من"));
    let period = |j: usize| norm.get(j).is_some_and(|w| PERIODS.contains(w));
    let end = if norm.get(from) == Some(&"هذا") && period(from + 1) {
        from + 1
    } else if from > k + 3 && period(from) {
        from + usize::from(
            norm.get(from + 1)
                .is_some_and(|w| matches!(*w, "الجاري" | "الحالي")),
        )
    } else if from > k + 3 {
        return None;
    } else {
        k + 2
    };
    Some(end)
}

/// Parts of the day before `اليوم` ("today", normalized): `صباح اليوم` "this morning".
const PARTS_OF_THE_DAY: &[&str] = &["صباح", "مساء", "فجر", "ظهر", "عصر", "ليلة"];

/// Words after `صباح اليوم` that make it another day (normalized): `التالي` "the next".
const SAME_OR_NEXT_DAY: &[&str] = &["التالي", "الموالي", "نفسه", "ذاته", "السابق"];

const DAYS: &[&str] = &[
    "السبت",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعة",
];
const DAY_BEFORE: &[&str] = &[
    "اليوم",
    "يوم",
    "مساء",
    "صباح",
    "ليل",
    "ليلة",
    "فجر",
    "ظهر",
    "نهار",
    "عشية",
    "امس",
];
/// Adjectives that make a day name a name of its own (normalized): `الجمعة السوداء` (Black
/// Friday), `الأحد الدامي`, `الخميس الأسود`, `الجمعة العظيمة`, `الأربعاء الأحمر`.
const NAMED_DAY_ADJECTIVES: &[&str] = &[
    "الاسود",
    "السوداء",
    "الاحمر",
    "الحمراء",
    "الابيض",
    "البيضاء",
    "الاخضر",
    "الخضراء",
    "الدامي",
    "الدامية",
    "الحزين",
    "الحزينة",
    "العظيم",
    "العظيمة",
    "الكبير",
    "الكبري",
    "المقدس",
    "المقدسة",
];

/// Words after a day or a month that date it (`الخميس الماضي`, `مايو المقبل`, `يومي الجمعة
/// والسبت الماضيين`), normalized.
const DAY_AFTER: &[&str] = &[
    "الماضي",
    "المقبل",
    "الفائت",
    "القادم",
    "الجاري",
    "الحالي",
    "الماضيين",
    "المقبلين",
    "القادمين",
];
/// Their feminine, after a time word (`الليلة الماضية`), normalized.
const DAY_AFTER_FEMININE: &[&str] = &["الماضية", "المقبلة", "الفائتة", "القادمة"];

/// Whether `w` (normalized) is a day name after `و` (`والأربعاء`).
fn is_coordinated_day(w: &str) -> bool {
    w.strip_prefix('و').is_some_and(|day| DAYS.contains(&day))
}
/// Month names (Gregorian, Levantine and Maghrebi spellings), normalized.
const MONTHS: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "اذار",
    "نيسان",
    "ايار",
    "حزيران",
    "تموز",
    "اب",
    "ايلول",
    "تشرين",
    "جانفي",
    "فيفري",
    "افريل",
    "ماي",
    "جوان",
    "جويلية",
    "اوت",
];
/// Words before a colon that announce a list (normalized): a headline is not cut there.
const LIST_INTRODUCERS: &[&str] = &[
    "منها",
    "ومنها",
    "بينها",
    "كالتالي",
    "التالي",
    "التالية",
    "التاليتين",
    "التاليين",
    "التالين",
    "يلي",
    "هي",
    "وهي",
    "هما",
    "ابرزها",
    "اهمها",
];

/// Whether the colon at token `k` ends a clause a headline may be cut at: not inside a time or
/// an address (`23:00`, `https://`: no space after it), not opening what was said (after
/// `قال`, `قائلا`, `جاء فيها`, ...: the cut would leave who spoke and nothing said), not
/// inside a quotation (a title: `"حرب النجوم: القوة تستيقظ"`) and not after what announces a
/// list (`ومنها:`, `التالية:`), whose items are the news.
fn colon_ends_clause(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &[bool],
    k: usize,
) -> bool {
    doc.text()[toks[k].end..].starts_with(char::is_whitespace)
        && !(0..k).any(|j| keep[j] && speech::introduces_quote(norm[j]))
        && (0..k).filter(|&j| keep[j] && norm[j] == "\"").count() % 2 == 0
        && !k
            .checked_sub(1)
            .is_some_and(|j| LIST_INTRODUCERS.contains(&norm[j]))
}

/// Whether token `k` opens a clause of "where" or "while" (`حيث`, `بينما`, `في حين`), not
/// `من حيث` ("in terms of").
fn opens_where_or_while(norm: &[&str], k: usize) -> bool {
    match norm[k] {
        "بينما" | "وبينما" => true,
        "حيث" => k == 0 || norm[k - 1] != "من",
        "في" => norm.get(k + 1) == Some(&"حين"),
        _ => false,
    }
}

/// Whether `w` (normalized) is the ordinal after `month` that completes a Levantine month's
/// name: `تشرين الأول`, and without the article after `تشرين`/`كانون` (`أكتوبر/تشرين أول
/// 2016` had left `أول 2016`).
fn is_month_ordinal(month: &str, w: &str) -> bool {
    matches!(w, "الاول" | "الثاني") || matches!(month, "تشرين" | "كانون") && may_be_month_ordinal(w)
}

/// Whether `w` (normalized) may complete a Levantine month's name, read without the month
/// before it: `الأول`, `الثاني`, `أول`, `ثاني`.
fn may_be_month_ordinal(w: &str) -> bool {
    matches!(w, "الاول" | "الثاني" | "اول" | "ثاني")
}
/// Month names that are also other words (`تيريزا ماي`, `واتس آب`, `أب` "father", the verb
/// `مارس`, `مفاعل تموز`, the name `جوان`, the English "out" of `بي أوت كيو`, `شاوت آوت`,
/// `اوت كوتور`): a month only beside a number, a `/` pairing it with another spelling or after
/// one, a time word before it or `الماضي`/`المقبل` after it.
const AMBIGUOUS_MONTHS: &[&str] = &["ماي", "اب", "مارس", "تموز", "جوان", "اوت"];
/// Words before an ambiguous month name that make it one (`في مارس`, `منذ ماي`).
const MONTH_LEAD_INS: &[&str] = &[
    "في",
    "منذ",
    "شهر",
    "مطلع",
    "منتصف",
    "نهاية",
    "بداية",
    "اواخر",
    "اوائل",
    "اواسط",
    "حتي",
    "خلال",
];
/// Fewest words after a speaker's colon before a cut at a clause boundary.
const MIN_WORDS_SAID_BEFORE_CUT: usize = 4;

/// Words that announce the name or title that follows them (normalized): `بعنوان (...)`, and
/// bare nouns a name completes (`قناة (إن.تي.في)`, `حزب (العدالة والتنمية)`).
const NAMING_WORDS: &[&str] = &[
    "بعنوان",
    "عنوان",
    "باسم",
    "اسم",
    "المسمي",
    "المسماة",
    "تسمية",
    "قناة",
    "صحيفة",
    "مجلة",
    "وكالة",
    "شركة",
    "موقع",
    "حزب",
    "حركة",
    "منظمة",
    "جماعة",
    "فيلم",
    "مسلسل",
    "كتاب",
    "برنامج",
    "عملية",
    "مبادرة",
];

/// Relative pronouns (normalized).
const RELATIVES: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
];

/// Words that make a stand-alone time adverbial.
const YESTERDAY: &[&str] = &["امس", "البارحة"];
/// Words that go with a deleted time expression (`في الخميس`, `منذ مارس`, `شهر مايو`).
const TIME_LEAD_INS: &[&str] = &["في", "منذ", "شهر", "شهري", "يومي"];
/// Words that govern what follows them (prepositions, construct-state nouns): deleting the
/// time expression after one would leave it dangling (`من صباح الجمعة`, `في نهاية مارس`),
/// so such a time expression stays.
const GOVERNORS: &[&str] = &[
    "من",
    "الي",
    "حتي",
    "بعد",
    "قبل",
    "خلال",
    "مطلع",
    "منتصف",
    "اواخر",
    "اوائل",
    "اواسط",
    "نهاية",
    "بداية",
    "طوال",
    "طيلة",
    "ابان",
    "عشية",
    "غداة",
    "حلول",
    "بحلول",
    "مدار",
    "غاية",
    "موفي",
    "لغاية",
    // `بين سبتمبر ونوفمبر`: a range stays whole (deleting its first end had left `بين
    // ونوفمبر`).
    "بين",
    // `بتاريخ 2 أكتوبر`: the date is what the noun names.
    "تاريخ",
    "بتاريخ",
    // `تم تحديد يوم الثلاثاء موعدا`: the date is what was set.
    "تحديد",
    "حدد",
    "حددت",
    "تحدد",
    // `اليوم العالمي للمرأة الذي يصادف 8 مارس`: the date is what the day falls on.
    "يصادف",
    "تصادف",
    "صادف",
    "صادفت",
    "يوافق",
    "الموافق",
    "عن",
    "علي",
    // The subject of `أن` (`أعلنت المحكمة أن الأحد سيكون أول أيام الشهر`).
    "ان",
    "بان",
    "لان",
    "لـ",
    "ل",
    "ب",
    // The second end of a range or a coordination (`بين 19 و20 مارس`, `19-20 مارس`).
    "و",
    "او",
    "-",
];

/// Nouns that a date completes (`يوم 21 مايو`, `بتاريخ 2 أكتوبر`, `تخرج عام | 2006`):
/// without it they dangle.
const DATE_NOUNS: &[&str] = &[
    "يوم",
    "تاريخ",
    "بتاريخ",
    "عام",
    "العام",
    "سنة",
    "السنة",
    "لعام",
    "بعام",
    "لسنة",
    "بسنة",
];

/// Words that join a name to the word after it (normalized): `محمد بن | سلمان`, `أبو |
/// عبيدة`, `عبد | الله`.
const NAME_JOINERS: &[&str] = &["بن", "ابن", "ابو", "عبد"];

/// Whether `w` (normalized) joins a family's name to the word after it: a [name
/// joiner](NAME_JOINERS), or `آل` (normalized `ال`: `آل الشيخ`, `آل ثاني`).
fn joins_family_name(w: &str) -> bool {
    w == "ال" || NAME_JOINERS.contains(&w)
}

/// Nouns a cut must not leave without the word that completes them (`في مدينة | حلب`,
/// `في إطار | ...`, `محمد بن | سلمان`).
const CUT_CONSTRUCTS: &[&str] = &[
    "بن",
    "ابن",
    "ابو",
    "عبد",
    "مدينة",
    "ولاية",
    "محافظة",
    "منطقة",
    "اطار",
    "كاس",
    // `شبه | جزيرة القرم`, `شبه | رسمية`: "semi-", never a word alone.
    "شبه",
    // `على حد | قوله`, `إلى حد | كبير`, `في حد | ذاته`, `لوضع حد | لـ`: "extent", "end".
    "حد",
    // `على الرغم | من` "despite".
    "الرغم",
    // `منصب رئيس | مجلس الإدارة`: "head of", never the head alone.
    "رئيس",
    // `إطلاق سراح | المعتقلين`: whom the release frees.
    "سراح",
    // `على مستوى | العالم` "worldwide", "at the level of".
    "مستوي",
    // `في نهاية | العام`, `مطلع | الشهر`.
    "نهاية",
    "بداية",
    "مطلع",
    "منتصف",
    "اواخر",
    "اوائل",
    // Names of two words (`الولايات | المتحدة`, `الأمم | المتحدة`).
    "الولايات",
    "الامم",
    // `في أعقاب | الهجوم`, `على غرار | ...`: "in the wake of", "like", never alone.
    "اعقاب",
    "غرار",
    // `آل | نهيان` and `الـ | 18` ("the 18"), normalized alike: alone at a cut, half a word.
    "ال",
    // Nouns a headline never ends on, found at cuts with what they name cut off (session
    // 20): `ما أسفر عن مقتل | 25 شخصا`, `زعيم تنظيم | داعش`, `هو جزء | من`, `في بطولة | كأس
    // العالم`, `وكالة | الأنباء`, and the bodies a name follows (`صحيفة | نيويورك تايمز`,
    // `جامعة | جونز هوبكنز`, `حزب | العدالة والتنمية`, `نادي | تشيلسي`, `منتخب | فرنسا`,
    // `منظمة | حظر الأسلحة`); not `شركة`, which ends a clause as often (`سنبني أكبر شركة`,
    // `كلف شركة`: what it leaves reads worse). After a number they are what it counts
    // (`في أكبر 350 شركة`) and stay.
    "مقتل",
    "تنظيم",
    "جزء",
    "بطولة",
    "وكالة",
    "صحيفة",
    "جامعة",
    "حزب",
    "نادي",
    "منتخب",
    "منظمة",
];

/// Directions (normalized), construct nouns too (`شمال | سوريا`), and what a place is
/// `الواقعة` ("located") in: [`CUT_CONSTRUCTS`] and
/// [`COMPLEMENT_OPENERS`](cut::COMPLEMENT_OPENERS) use them.
const DIRECTIONS: &[&str] = &[
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
];

/// Whether normalized `w` is a construct noun a cut must not leave ([`CUT_CONSTRUCTS`], a
/// direction).
fn is_cut_construct(w: &str) -> bool {
    CUT_CONSTRUCTS.contains(&w) || DIRECTIONS.contains(&w)
}

/// Given names that open a name in Arabic news and are seldom a surname (normalized): cut
/// from the rest of the name, a headline would end on half of it (`قرار الرئيس الأميركي دونالد
/// | ترامب`, `النجم المصري محمد | صلاح`); they go with the cut, the words before them saying
/// who it is. Names that are often a surname too (`أحمد`: `آبي أحمد`, `مصطفى`) are not listed.
const GIVEN_NAMES: &[&str] = &[
    "محمد",
    "عبدالله",
    "عبدالعزيز",
    "عبدالرحمن",
    "بشار",
    "رجب",
    "دونالد",
    "فلاديمير",
    "ايمانويل",
    "انجيلا",
    "تيريزا",
    "بوريس",
    "بنيامين",
    "جاستن",
    "هيلاري",
    "باراك",
    "كيم",
    "نيكولاس",
];

/// The [`GIVEN_NAMES`] that headlines keep (normalized), left out by
/// [`is_surnamed_given_name`]: Arabic names (`محمد صلاح`, `عبدالله الثاني`) and `كيم`, a
/// Korean family name first.
const KEPT_GIVEN_NAMES: &[&str] = &["محمد", "عبدالله", "عبدالعزيز", "عبدالرحمن", "كيم"];

/// Whether `w` (normalized) is the given name of a world figure whom headlines call by surname,
/// for [`CompressOptions::short_names`]: the foreign [`GIVEN_NAMES`], `بشار`, and `رجب` (with
/// `طيب` after it, which [`drop_given_names`] checks).
fn is_surnamed_given_name(w: &str) -> bool {
    GIVEN_NAMES.contains(&w) && !KEPT_GIVEN_NAMES.contains(&w)
}

/// Delete each [surnamed given name](is_surnamed_given_name) kept before its surname: a word
/// that is no function word or joiner (`بن`), without the article but after `بشار` (`الأسد`);
/// the given name after no joiner (`بن`, `ابن`, `عبد`), and `طيب` with `رجب` (only then:
/// `نبيل رجب` is a surname).
fn drop_given_names(toks: &[AnalyzedToken], norm: &[&str], keep: &mut [bool]) {
    for k in 0..toks.len().saturating_sub(1) {
        if !keep[k] || !is_surnamed_given_name(norm[k]) {
            continue;
        }
        let after_joiner = k > 0 && matches!(norm[k - 1], "بن" | "ابن" | "عبد");
        // `رجب` only as `رجب طيب`: alone it is a surname too (`نبيل رجب`).
        let first = match norm[k] {
            "رجب" if norm[k + 1] == "طيب" => k + 2,
            "رجب" => continue,
            _ => k + 1,
        };
        let surname = toks.get(first).is_some_and(|t| t.kind == TokenKind::Arabic)
            && keep[first]
            // With the article only after `بشار` (`الأسد`, `الجعفري`): `دونالد الأب` is no surname.
            && (norm[k] == "بشار" || is_bare_word(norm[first]))
            && !mujaz_text::is_stop_word(norm[first])
            && !matches!(norm[first], "بن" | "ابن" | "بنت")
            // Another name joined to it (`باراك | وميشيل أوباما`) shares the surname.
            && !norm[first].starts_with('و');
        if surname && !after_joiner {
            keep[k..first].iter_mut().for_each(|x| *x = false);
            drop_title_before(toks, norm, keep, k, first);
        }
    }
}

/// Delete the title that stands right before a world figure's given name at `given` (deleted),
/// as headlines name them by surname alone (`الرئيس الأمريكي | ترامب`, `رئيس الوزراء
/// الإسرائيلي | نتنياهو`, `المستشارة الألمانية | ميركل`): a [title](FIGURE_TITLES) and the
/// adjectives of origin after it (`-ي`, `-ية`), with the commas around the name when they
/// set it apart (`الرئيس التركي، | أردوغان،`). Not one with a preposition on it
/// (`للرئيس`), or with any other word (`الرئيس الأمريكي السابق أوباما` keeps "former").
fn drop_title_before(
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &mut [bool],
    given: usize,
    surname: usize,
) {
    let mut j = given;
    let comma = j > 0 && keep[j - 1] && norm[j - 1] == ",";
    if comma {
        j -= 1;
    }
    while j > 0
        && keep[j - 1]
        && toks[j - 1].kind == TokenKind::Arabic
        && norm[j - 1].starts_with("ال")
        && (norm[j - 1].ends_with('ي') || norm[j - 1].ends_with("ية"))
    {
        j -= 1;
    }
    let title = FIGURE_TITLES.iter().find_map(|words| {
        let start = j.checked_sub(words.len())?;
        (start..j)
            .zip(words.iter())
            .all(|(i, w)| keep[i] && norm[i] == *w)
            .then_some(start)
    });
    let Some(start) = title else {
        return;
    };
    keep[start..given].iter_mut().for_each(|x| *x = false);
    // The comma that closed the apposition goes with the one that opened it.
    if comma && keep.get(surname + 1) == Some(&true) && norm[surname + 1] == "," {
        keep[surname + 1] = false;
    }
}

/// The quotation marks [`inside_quotation`] reads (normalized).
const QUOTATION_MARKS: &[&str] = &["\"", "«", "»", "“", "”"];

/// For each token, whether it stands between quotation marks (`"`, `«` ... `»`, `“` ... `”`).
fn inside_quotation(norm: &[&str]) -> Vec<bool> {
    let mut inside = false;
    norm.iter()
        .map(|&w| match w {
            "\"" => {
                inside = !inside;
                false
            }
            "«" | "“" => {
                inside = true;
                false
            }
            "»" | "”" => {
                inside = false;
                false
            }
            _ => inside,
        })
        .collect()
}

/// Delete what a country's official name adds to its common one, where every word of it is
/// kept and the words that go are written bare (`بالمملكة العربية السعودية` stays whole;
/// `والولايات المتحدة | الأمريكية` loses its adjective): `المملكة العربية |
/// السعودية`, `الولايات المتحدة | الأمريكية`, `دولة | الإمارات | العربية المتحدة`, `جمهورية |
/// مصر | العربية`.
fn shorten_country_names(toks: &[AnalyzedToken], norm: &[&str], keep: &mut [bool]) {
    // The official name's words, and which of them stay.
    const NAMES: &[(&[&str], &[bool])] = &[
        (&["المملكة", "العربية", "السعودية"], &[false, false, true]),
        (&["الولايات", "المتحدة", "الامريكية"], &[true, true, false]),
        (&["الولايات", "المتحدة", "الاميركية"], &[true, true, false]),
        (&["الامارات", "العربية", "المتحدة"], &[true, false, false]),
        (&["جمهورية", "مصر", "العربية"], &[false, true, false]),
    ];
    // Each name's middle word first: most sentences hold none of them.
    for m in 1..toks.len().saturating_sub(1) {
        if !matches!(norm[m], "العربية" | "المتحدة" | "مصر") {
            continue;
        }
        let k = m - 1;
        for (words, stays) in NAMES.iter().filter(|(words, _)| words[1] == norm[m]) {
            let end = k + words.len();
            // A first word that stays may carry `و` or a preposition (`والولايات المتحدة`).
            let whole = end <= toks.len()
                && (k..end).zip(words.iter()).all(|(j, w)| {
                    keep[j]
                        && toks[j].kind == TokenKind::Arabic
                        && (norm[j] == *w
                            || j == k
                                && stays[0]
                                // Cheap first: a proclitic leaves the word's end as written.
                                && norm[j].ends_with(w.strip_prefix("ال").unwrap_or(w))
                                && cut::written_with_proclitics(norm[j], w))
                });
            if !whole {
                continue;
            }
            for (j, stay) in (k..end).zip(stays.iter()) {
                keep[j] = *stay;
            }
            // `دولة الإمارات` is `الإمارات`.
            if norm[k] == "الامارات" && k > 0 && keep[k - 1] && norm[k - 1] == "دولة" {
                keep[k - 1] = false;
            }
        }
    }
}

/// Titles (normalized) of the world figures whose given names headlines leave out, deleted
/// with the name by [`drop_title_before`].
const FIGURE_TITLES: &[&[&str]] = &[
    &["الرئيس"],
    &["رئيس", "الوزراء"],
    &["رئيسة", "الوزراء"],
    &["رئيس", "الحكومة"],
    &["رئيسة", "الحكومة"],
    &["المستشارة"],
    &["المستشار"],
];

/// Nouns that a day name completes (`صلاة الجمعة`, `قداس الأحد`): the day stays after them.
const DAY_NOUNS: &[&str] = &["صلاة", "خطبة", "عطلة", "قداس", "سوق", "ليلة", "يوم"];

/// Prepositions before a construct noun (normalized).
const PREPOSITIONS: &[&str] = &[
    "في", "من", "الي", "علي", "عن", "خلال", "حتي", "منذ", "بعد", "قبل", "مع",
];

/// Adverbs and phrases used as prepositions (normalized): with the [`PREPOSITIONS`], they
/// govern the noun after them (`رغم قرار`, `ضد الحكومة`, `بسبب نقص`).
const PREPOSITIONAL_ADVERBS: &[&str] = &[
    "رغم",
    "برغم",
    "بسبب",
    "حول",
    "ضد",
    "عبر",
    "لدي",
    "نحو",
    "وسط",
    "عند",
    "بين",
    "امام",
    "خلف",
    "تحت",
    "فوق",
    "دون",
    "بدون",
    "حيال",
    "ازاء",
    "جراء",
    "اثر",
    "عقب",
    "اثناء",
    "قبيل",
    "لصالح",
    "بشان",
    "ضمن",
    "داخل",
    "خارج",
    "طوال",
];

/// Whether `w` (normalized) governs the noun after it: a preposition or a
/// [prepositional adverb](PREPOSITIONAL_ADVERBS).
fn governs_noun(w: &str) -> bool {
    PREPOSITIONS.contains(&w) || PREPOSITIONAL_ADVERBS.contains(&w)
}

/// Whether `w` (normalized) ends in a third-person pronoun (`تخوفه`, `تأييدها`, `عنهم`,
/// `بينهما`): a noun with it is definite, or the object of a verb.
fn ends_with_pronoun(w: &str) -> bool {
    ["ه", "ها", "هم", "هما"].iter().any(|p| w.ends_with(p))
}

/// An Arabic word without the definite article (possibly a noun in construct state).
fn is_bare_word(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(mujaz_text::chars::is_arabic_letter)
        && !mujaz_text::stem::ARTICLES.iter().any(|a| w.starts_with(a))
}

/// Words (normalized) that open a circumstance after `و`: the [governing](governs_noun)
/// words, and these.
const CIRCUMSTANCE_OPENERS: &[&str] = &[
    "عشية",
    "غداة",
    "بعيد",
    "بصفة",
    "بحضور",
    "بمشاركة",
    "بالتنسيق",
    "بالتعاون",
];

/// Most tokens from a coordinated circumstance's `و` to the comma that closes it.
const MAX_CIRCUMSTANCE_TOKENS: usize = 12;

/// After a time deleted up to token `b`: when the time closed with a comma and `و` joins a
/// circumstance to it (`تحتفل فرنسا السبت، وعشية مباراتها ...، بعيدها`, `من ولاية الكاف،
/// اليوم الأحد، وبعد التحري، من إيقاف`), the comma stays and the `و` goes (into `no_wa`):
/// `تحتفل فرنسا، عشية مباراتها ...، بعيدها`, where `فرنسا وعشية` had been left. Only a
/// circumstance that a comma closes within a few words, inside its clause: not before a
/// listed verb or `تم` (`الأحد، وبعد أيام، قال`: a clause of its own, which `و` joins).
fn coordinated_circumstance(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &mut [bool],
    b: usize,
    no_wa: &mut Vec<usize>,
) {
    let w = b + 1;
    if norm[b] != ","
        || toks.get(w).is_none_or(|t| t.kind != TokenKind::Arabic)
        || !norm[w].strip_prefix('و').is_some_and(|r| {
            // `ومن سيحمل الكأس`: `من` is also "who".
            r != "من" && (governs_noun(r) || CIRCUMSTANCE_OPENERS.contains(&r))
        })
        // `ومنذ ذلك الحين،`, `وبعد ذلك،`: what follows is told after what came before, a
        // clause of its own.
        || norm.get(w + 1).is_some_and(|x| matches!(*x, "ذلك" | "هذا" | "ذاك"))
    {
        return;
    }
    let end = (w + 1..toks.len().min(w + MAX_CIRCUMSTANCE_TOKENS)).find(|&j| {
        toks[j].kind == TokenKind::Punct
            && (norm[j] == "," || is_full_stop(norm[j]) || matches!(norm[j], "\"" | "(" | ")"))
    });
    let Some(close) = end.filter(|&j| norm[j] == ",") else {
        return;
    };
    let resumes_clause = toks.get(close + 1).is_some_and(|t| {
        let o = doc.original(t);
        t.kind == TokenKind::Arabic
            && (tense::is_listed_verb(o)
                || o.strip_prefix('و').is_some_and(tense::is_listed_verb)
                || TAMMA.contains(&norm[close + 1]))
    });
    if !resumes_clause {
        keep[b] = true;
        no_wa.push(w);
    }
}

/// Pronouns and verbs of being (normalized) after which a time is the predicate.
const COPULAS: &[&str] = &[
    "هو",
    "هي",
    "هما",
    "هم",
    "كان",
    "كانت",
    "يكون",
    "تكون",
    "سيكون",
    "ستكون",
    "اصبح",
    "اصبحت",
];

/// Words (normalized) after `أي` that restate a time just told (`في 2016، أي قبل أيام`).
const RESTATED_TIME: &[&str] = &["قبل", "بعد", "منذ", "في", "خلال", "قبيل", "بعيد"];

/// Most tokens of a restated time (`أي` and what follows it to the sentence's end).
const MAX_RESTATED_TIME_TOKENS: usize = 12;

/// Widen a time expression `[a, b]` over its lead-ins and the commas around an insertion;
/// `None` when a governing word before it would be left dangling.
fn time_span(
    toks: &[AnalyzedToken],
    norm: &[&str],
    mut a: usize,
    mut b: usize,
) -> Option<(usize, usize)> {
    while a > 0 && TIME_LEAD_INS.contains(&norm[a - 1]) {
        a -= 1;
    }
    // A lead-in or governor after `و`/`ف` inside the sentence governs the time, which stays
    // (`وخلال` had been left dangling); one opening the sentence goes with it (below).
    let conjoined =
        |set: &[&str]| a > 0 && strip_conjunction(norm[a - 1]).is_some_and(|w| set.contains(&w));
    let conjoined_lead_in = conjoined(TIME_LEAD_INS) || conjoined(DAY_BEFORE);
    if conjoined(GOVERNORS) || a > 1 && conjoined_lead_in {
        return None;
    }
    if a > 0 && GOVERNORS.contains(&norm[a - 1]) {
        return None;
    }
    // After a copula the time is what the clause says (`موعد القمة هو 12 يونيو`, `كان ذلك
    // يوم الأحد`): `هو،` had been left.
    if a > 0 && COPULAS.contains(&norm[a - 1]) {
        return None;
    }
    // Right after the opening verb, `شهر` and its month are the subject (`يوافق شهر أبريل من
    // كل عام مناسبة`, `شهد شهر مايو ارتفاعا`), not when the verb's time; so is any time after
    // `شهد` "witnessed" (`شهد فجر الأربعاء وفاة`).
    let witnessed = matches!(norm[0], "شهد" | "شهدت" | "يشهد" | "تشهد" | "وشهد" | "وشهدت");
    if a == 1 && (norm[a] == "شهر" || witnessed) {
        return None;
    }
    // "في تعاملات اليوم الثلاثاء": a noun without the article after a preposition is in
    // construct with the time expression, which then stays; a bare day name after one is a
    // time adverb (`في إسرائيل الأربعاء`, `على أرضه السبت`) unless the noun is completed by
    // it (`صلاة الجمعة`).
    if a > 1
        && is_bare_word(norm[a - 1])
        && PREPOSITIONS.contains(&norm[a - 2])
        && (!DAYS.contains(&norm[a]) || DAY_NOUNS.contains(&norm[a - 1]))
    {
        return None;
    }
    // Two days or more (`الثلاثاء والأربعاء`): all go (`دخلت والأربعاء` had been left).
    while b + 1 < norm.len() && is_coordinated_day(norm[b + 1]) {
        b += 1;
    }
    if b + 1 < norm.len() && DAY_AFTER.contains(&norm[b + 1]) {
        b += 1;
    }
    // The first end of a range (`ليل السبت-الأحد`): the range stays whole.
    if b + 1 < norm.len() && norm[b + 1] == "-" {
        return None;
    }
    // `في أكتوبر 2016، أي قبل أيام من الانتخابات.`: what `أي` opens tells the time again, and
    // without the time it would date the clause itself (`وقعت اتفاقا أي قبل أيام`). Running
    // to the sentence's end, it goes with the time; one the sentence goes on after (`أي بعد
    // أسبوعين من العثور على ...، ثم نقلا`: where it ends is a guess) keeps the time.
    let j = b + 1 + usize::from(norm.get(b + 1) == Some(&","));
    if norm.get(j) == Some(&"اي") && norm.get(j + 1).is_some_and(|w| RESTATED_TIME.contains(w)) {
        let end = (j + 1..toks.len())
            .find(|&k| toks[k].kind == TokenKind::Punct)
            .unwrap_or(toks.len());
        let at_end = end == toks.len() || end + 1 == toks.len() && is_full_stop(norm[end]);
        if !at_end || end - j > MAX_RESTATED_TIME_TOKENS {
            return None;
        }
        b = end - 1;
    }
    // An insertion between commas (", الخميس،") goes with both commas; one that only a comma
    // closes (`جد عشية اليوم الأربعاء، حادث`), with that comma, unless an earlier comma opened
    // what it closes (`القرعة، التي سحبت الاثنين، ليستر`).
    let comma_after = b + 1 < norm.len() && norm[b + 1] == ",";
    if a > 0 && norm[a - 1] == "," && comma_after {
        a -= 1;
        b += 1;
    } else if a > 0 && comma_after && !norm[..a].contains(&",") && !opens_frame(norm[0]) {
        // Not the comma that closes a frame opening the sentence (`وردا على سؤال عن ... في 26
        // مايو، قال`): it parts the frame from the statement.
        b += 1;
    }
    // `وفي 7 ديسمبر، وقع الوزير`, `ففي 2017،`, `ويوم الخميس قتل`: opening the sentence, the
    // lead-in with its conjunction goes too (`وفي وقع الوزير`, `ففي علق`, `ويوم قتل` had been
    // left).
    if a == 1 && conjoined_lead_in {
        a = 0;
    }
    Some((a, b))
}

/// How many tokens from `k` tell a month's year after `من` (`من العام نفسه`, `من هذا
/// العام`, `من ذات العام`, `من عام 2013`, `من العام الماضي`); 0 when they do not.
fn of_the_year(toks: &[AnalyzedToken], norm: &[&str], k: usize) -> usize {
    let at = |j: usize| norm.get(k + j).copied().unwrap_or("");
    if at(0) != "من" {
        return 0;
    }
    let this = ["نفسه", "ذاته"]
        .iter()
        .chain(DAY_AFTER)
        .any(|w| *w == at(2));
    match (at(1), at(2)) {
        ("العام", _) if this => 3,
        ("هذا", "العام") | ("ذات", "العام") | ("نفس", "العام") => 3,
        ("عام", _) if toks.get(k + 2).is_some_and(|t| t.kind == TokenKind::Number) => 3,
        _ => 0,
    }
}

/// Nouns that a date right after them names rather than dates (normalized): `ثورة 23 يوليو`,
/// `كذبة أبريل`, `أحداث 8 ماي 1945`, `نصر أكتوبر`, the surname `دي مايو`, and a futures
/// contract's month (`تسليم أغسطس`, `للتسليم في أغسطس`).
const NAMED_BY_DATE: &[&str] = &[
    "ثورة",
    "انتفاضة",
    "احداث",
    "هجمات",
    "تفجيرات",
    "مجزرة",
    "كذبة",
    "حركة",
    "نصر",
    "حرب",
    "دي",
    "تسليم",
    "التسليم",
];

/// Whether the date that token `a` opens is part of a name or a contract (see
/// [`NAMED_BY_DATE`]), or the month of a `شهر` a preposition governs (`عددها لشهر إبريل`,
/// `مقارنة بشهر فيفري`: deleting it would leave the preposition hanging).
fn named_by_date(norm: &[&str], a: usize) -> bool {
    let named = |w: &str| NAMED_BY_DATE.iter().any(|n| written_with_proclitics(w, n));
    match a.checked_sub(1).map(|j| norm[j]) {
        Some("في") => a >= 2 && matches!(norm[a - 2], "تسليم" | "للتسليم"),
        Some(w) => named(w) || w != "شهر" && written_with_proclitics(w, "شهر"),
        None => false,
    }
}

/// True when token `k` is a month name; one that is also another word (see
/// [`AMBIGUOUS_MONTHS`]) only in a date's context.
fn is_month_at(toks: &[AnalyzedToken], norm: &[&str], k: usize) -> bool {
    if toks[k].kind != TokenKind::Arabic || !MONTHS.contains(&norm[k]) {
        return false;
    }
    if !AMBIGUOUS_MONTHS.contains(&norm[k]) {
        return true;
    }
    let number = |j: usize| toks.get(j).is_some_and(|t| t.kind == TokenKind::Number);
    let is = |j: usize, set: &[&str]| norm.get(j).is_some_and(|w| set.contains(w));
    let month = |j: usize| is(j, MONTHS) && !is(j, AMBIGUOUS_MONTHS);
    let before =
        k > 0 && (number(k - 1) || norm[k - 1] == "/" || month(k - 1) || is(k - 1, MONTH_LEAD_INS));
    before || number(k + 1) || is(k + 1, &["/"]) || is(k + 1, DAY_AFTER)
}

/// Whether `w` (normalized) is a preposition or `و` written apart from what it governs (`في`,
/// `مع`, `لـ`, whose tatweel normalization drops), which a deletion right after it would leave
/// hanging.
fn governs_what_follows(w: &str) -> bool {
    matches!(w, "و" | "مع" | "حتي" | "نحو" | "ك" | "مثل") || tense::PREPOSITIONS.contains(&w)
}

/// Punctuation (normalized) dropped when it opens what is kept.
fn is_stray_lead(s: &str) -> bool {
    matches!(s, "," | ";" | "-" | ":")
}

/// Punctuation (normalized) dropped when it closes what is kept.
fn is_stray_tail(s: &str) -> bool {
    matches!(s, "," | ";" | "-" | ":" | "(" | "/")
}

/// Whether a mark (normalized) ending what is kept goes: a [stray one](is_stray_tail), or
/// the full stop with [`CompressOptions::final_stop`].
fn goes_from_tail(s: &str, opts: &CompressOptions) -> bool {
    is_stray_tail(s) || opts.final_stop && s == "."
}

/// A sentence-final mark (normalized).
fn is_full_stop(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "..." | "…")
}

fn is_dash(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c == '-')
}

/// Whether token `t` is a mark that opens a list's item: a dash, or a bullet (`•`, `*`, `·`,
/// `▪`, ...).
fn is_bullet(doc: &Analysis<'_>, t: &AnalyzedToken) -> bool {
    matches!(t.kind, TokenKind::Punct | TokenKind::Symbol) && is_bullet_mark(doc.norm(t))
}

/// The marks of [`is_bullet`] (normalized).
fn is_bullet_mark(s: &str) -> bool {
    is_dash(s)
        || !s.is_empty() && s.chars().all(|c| c == '*')
        || matches!(
            s,
            "•" | "·"
                | "▪"
                | "▫"
                | "●"
                | "○"
                | "■"
                | "□"
                | "◦"
                | "◆"
                | "◇"
                | "►"
                | "▶"
                | "‣"
                | "⁃"
                | "➢"
                | "➤"
        )
}

/// How many tokens at the start of a sentence mark it as a list's item rather than say
/// anything: a bullet (`• تعلن الوزارة`) or an item's number (`1. `, `2) `, `3- `), before
/// a word. They are no part of a summary, and an opening verb stands after them.
fn list_item_marker(doc: &Analysis<'_>, toks: &[AnalyzedToken]) -> usize {
    let mut n = 0;
    // With what a sentence split or a page left before it (`/ تقدمت`, `.وأوضح`, `_طرح`).
    while toks.get(n).is_some_and(|t| {
        is_bullet(doc, t) || t.kind == TokenKind::Punct && matches!(doc.norm(t), "/" | "." | "_")
    }) {
        n += 1;
    }
    if n == 0
        && toks
            .first()
            .is_some_and(|t| t.kind == TokenKind::Number && doc.original(t).chars().count() <= 2)
        && toks
            .get(1)
            .is_some_and(|t| t.kind == TokenKind::Punct && matches!(doc.norm(t), "." | ")" | "-"))
    {
        n = 2;
    }
    // A bullet may stand before a number too (`• 5 مارس بالنسبة للسيارات`); an item's number
    // before a word only.
    let word_after = toks.get(n).is_some_and(|t| {
        t.kind == TokenKind::Arabic
            || t.kind == TokenKind::Number && toks[0].kind != TokenKind::Number
    });
    if word_after {
        n
    } else {
        0
    }
}

/// What [`compress`] keeps of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    /// The kept byte ranges of the input, in order, merged across white space (the whole
    /// sentence when nothing was deleted).
    pub spans: Vec<(usize, usize)>,
    /// With [`CompressOptions::reported_speech`]: the index of the span that ends the speaker;
    /// the text joins it to the next span with `: ` instead of a space.
    pub colon_after: Option<usize>,
    /// With [`CompressOptions::present_tense`]: the opening verb, written in the present, and
    /// the verb of a clause `، و...` coordinated with it (`، ودعا` → `، ويدعو`), in order;
    /// with [`CompressOptions::event_noun`], an opening passive as its noun (`قُتل` → `مقتل`),
    /// and one coordinated with it (`وأصيب 200 آخرون` → `وإصابة 200 آخرين`, two words), or
    /// `لقي ... مصرعه` as `مصرع ...` (`مصرعه` and the space before it rewritten to nothing);
    /// with [`CompressOptions::subject_first`], the verb in the present inserted before what
    /// was said (`start == end`; the article's verb is then not kept); with
    /// [`CompressOptions::reported_speech`], the speaker's own verb after them (`قال الجيش إنه
    /// أطلق` → `الجيش يطلق`).
    pub rewritten: Vec<Rewrite>,
}

/// A word of the input written anew in the summary: bytes `start..end` of the input (inside
/// a kept span) read `text` (empty for a word the rewrite takes out, `مصرعه` of `لقي ...
/// مصرعه`; `start == end` for a word inserted).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rewrite {
    /// Byte offset of the word's start in the input.
    pub start: usize,
    /// Byte offset of its end.
    pub end: usize,
    /// What the summary shows instead.
    pub text: String,
}

impl Kept {
    fn whole(s: &AnalyzedSentence) -> Kept {
        Kept {
            spans: vec![(s.start, s.end)],
            colon_after: None,
            rewritten: Vec::new(),
        }
    }

    /// The kept text (see [`join_rewritten`]).
    pub fn text(&self, input: &str) -> String {
        join_rewritten(input, &self.spans, self.colon_after, &self.rewritten)
    }
}

/// Compress one sentence: what is kept of it, as byte ranges of the original text.
///
/// ```
/// use mujaz_summarize::compress::compress;
/// use mujaz_summarize::headline_compression;
/// use mujaz_text::Analyzer;
///
/// let text = "قال وزير المالية، اليوم الأحد، إن الحكومة ستخفض الضرائب على الشركات.";
/// let analyzer = Analyzer::default();
/// let doc = analyzer.analyze(text);
/// let kept = compress(&doc, &doc.sentences()[0], &headline_compression());
/// // A headline carries no full stop.
/// assert_eq!(kept.text(text), "وزير المالية: الحكومة ستخفض الضرائب على الشركات");
/// // Every kept byte is the article's; only the colon joining the speaker is not.
/// assert_eq!(&text[kept.spans[0].0..kept.spans[0].1], "وزير المالية");
/// assert_eq!(kept.colon_after, Some(0));
/// ```
pub fn compress(doc: &Analysis<'_>, s: &AnalyzedSentence, opts: &CompressOptions) -> Kept {
    let toks: &[AnalyzedToken] = doc.sentence_tokens(s);
    if toks.is_empty() || opts.is_none() {
        return Kept::whole(s);
    }
    // Every rule reads the item, not its marker, which nothing keeps.
    let marker = list_item_marker(doc, toks);
    let toks = &toks[marker..];
    // A phrase of discourse (`ومع ذلك،`) goes whole, up to its comma, and the letter rule has
    // nothing left to cut.
    let discourse = opts
        .connective
        .then(|| discourse_connective(doc, s, toks))
        .flatten();
    let connective = opts
        .connective
        .then(|| opening_connective(doc, s, toks))
        .flatten()
        .filter(|_| discourse.is_none());
    // The standfirst default looks only for a dateline and a run-on length: most sentences
    // have no dash or bracket near the start, are short, and have no stray punctuation at
    // their edges (trimmed below), and need nothing more.
    let no_span_rules = !(opts.parentheticals
        || opts.days
        || opts.dates
        || opts.insertions
        || opts.trailing_clause
        || opts.attribution
        || opts.reported_speech
        || opts.default_sport
        || opts.short_names
        || opts.fronted_frame);
    if no_span_rules {
        let words = toks.iter().filter(|t| t.kind.is_word()).count();
        let short = (opts.cut_after_words == 0 || words < opts.cut_after_words)
            && (opts.max_words == 0 || words <= opts.max_words);
        let dateline_mark = opts.dateline
            && (toks.iter().take(16).any(|t| {
                t.kind == TokenKind::Punct && (doc.norm(t) == ")" || is_dash(doc.norm(t)))
            }) || (1..toks.len()).any(|k| marks_list_item(doc, toks, k)));
        let clean_edges = !(is_stray_lead(doc.norm(&toks[0]))
            || goes_from_tail(doc.norm(&toks[toks.len() - 1]), opts));
        let may_turn = opts.turns_speaker() && speech::may_open(doc.norm(&toks[0]));
        let tamma = opts.event_noun && TAMMA.contains(&doc.norm(&toks[0]));
        if marker == 0
            && short
            && !dateline_mark
            && clean_edges
            && connective.is_none()
            && discourse.is_none()
            && !may_turn
            && !tamma
        {
            let mut kept = Kept::whole(s);
            kept.rewritten = opening_rewrites(doc, toks, None, 0, s.start, opts);
            return kept;
        }
    }
    let norm: Vec<&str> = toks.iter().map(|t| doc.norm(t)).collect();
    let mut keep = vec![true; toks.len()];
    if let Some(comma) = discourse {
        keep[..=comma].iter_mut().for_each(|x| *x = false);
    }
    let words_before = |k: usize| toks[..k].iter().filter(|t| t.kind.is_word()).count();
    // `وقد` before a perfect (`وقد رفع القيود`): `قد` only stresses that it happened, and goes
    // with the `و`, leaving the verb to open what is kept.
    let connective = match connective {
        Some(_)
            if matches!(norm[0], "وقد" | "فقد")
                && toks.get(1).is_some_and(|t| {
                    t.kind == TokenKind::Arabic && tense::is_listed_perfect(doc.original(t))
                }) =>
        {
            keep[0] = false;
            None
        }
        c => c,
    };

    if opts.dateline {
        // A list's first item joined to its introduction (`أهم القرارات:` and, on the next
        // line, `- رفع الإنفاق ...`): its marker goes, the colon introduces the item.
        for k in 1..toks.len().saturating_sub(1) {
            if marks_list_item(doc, toks, k) {
                keep[k] = false;
            }
        }
        // "... (agency) -" or "City -" near the start.
        let limit = toks.len().min(16);
        if let Some(d) = (1..limit).find(|&k| is_dash(norm[k])) {
            // `(CNN).- –`: a full stop may stand between the tag and its dash.
            let after_paren =
                norm[d - 1] == ")" || (d >= 2 && norm[d - 1] == "." && norm[d - 2] == ")");
            // A second dash right after the first (`.- –`) goes with it.
            let d = if after_paren && d + 2 < toks.len() && is_dash(norm[d + 1]) {
                d + 1
            } else {
                d
            };
            let text = doc.text();
            // A hyphen inside a name (`كيم جونغ-أون`, `الروسي-اليهودي`) has no space on
            // either side; a dateline's dash has one.
            let spaced = text[..toks[d].start].ends_with(char::is_whitespace)
                || text[toks[d].end..].starts_with(char::is_whitespace);
            // A score or a range (`2 - 1`, `1 - صفر`).
            let between_numbers = toks[d - 1].kind == TokenKind::Number
                && toks
                    .get(d + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number || norm[d + 1] == "صفر");
            // An aside between two dashes (`فضيحة فيسبوك - المتعلقة ... - الضوء`), unless it
            // is an agency tag in brackets; a score's dash does not close one.
            let aside = norm.get(d + 1) != Some(&"(")
                && (d + 2..toks.len().min(d + 40)).any(|k| {
                    is_dash(norm[k])
                        && !(toks[k - 1].kind == TokenKind::Number
                            && toks.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number))
                });
            // A list's item after its introduction (`أهم القرارات:` then `- رفع الإنفاق`): no
            // place ends with a colon.
            let list_item = norm[d - 1] == ":";
            // What follows a dateline is a sentence: a line of a list or a credit (`جون ليثغو
            // - "باتمان"`, a name and a film) is left whole, not cut to its last words.
            let words_after = toks[d + 1..].iter().filter(|t| t.kind.is_word()).count();
            // A place names no function word (`لا مفاجأة – لم يفز` is no place).
            let named = toks[..d]
                .iter()
                .all(|t| t.kind != TokenKind::Arabic || !mujaz_text::is_stop_word(doc.norm(t)));
            // An agency tag closes a place of a few words, or opens the sentence (`وسوف يساعد
            // هذا العمل إيران على توفير غاز (هيكسا فلورايد اليورانيوم) - وهو` is no tag).
            let tag_place = (0..d)
                .rfind(|&k| norm[k] == "(")
                .is_some_and(|open| words_before(open) <= MAX_DATELINE_PLACE_WORDS);
            let dateline = (after_paren && tag_place)
                || (spaced
                    && !between_numbers
                    && !aside
                    && !list_item
                    && named
                    && words_before(d) <= 3
                    && words_after >= MIN_WORDS_AFTER_DATELINE);
            // "دبي، الإمارات العربية المتحدة - (CNN) يستمر": a place (a city, or "city,
            // country") then the agency tag after the dash; both go.
            let tag_end = (norm.get(d + 1) == Some(&"("))
                .then(|| (d + 2..toks.len().min(d + 6)).find(|&k| norm[k] == ")"))
                .flatten()
                .filter(|&p| p + 1 < toks.len());
            let place = words_before(d) <= 3 || words_before(d) <= 6 && norm[..d].contains(&",");
            if let Some(p) = tag_end.filter(|_| spaced && place) {
                keep[..=p].iter_mut().for_each(|x| *x = false);
            } else if dateline && d + 1 < toks.len() {
                keep[..=d].iter_mut().for_each(|x| *x = false);
            }
        } else if let Some(p) = (1..limit.min(8)).find(|&k| norm[k] == ")") {
            // "(رويترز)" agency tag opening the sentence with no dash.
            if norm[0] == "(" {
                keep[..=p].iter_mut().for_each(|x| *x = false);
            }
        }
    }
    if opts.default_sport {
        // After what it specifies, never opening the sentence; before reported speech, whose
        // speaker it shortens.
        for k in 1..toks.len().saturating_sub(1) {
            if norm[k] == "لكرة" && norm[k + 1] == "القدم" && toks[k - 1].kind == TokenKind::Arabic
            {
                keep[k] = false;
                keep[k + 1] = false;
            }
        }
    }
    // What someone said stays as they said it: no time, date or name is shortened inside a
    // quotation (`"كذبة أبريل"`, `باسم "رسامي الأحد"`, `"التقيته يوم أمس"`). Most sentences
    // quote nothing.
    let quoted = norm
        .iter()
        .any(|w| QUOTATION_MARKS.contains(w))
        .then(|| inside_quotation(&norm));
    let is_quoted = |k: usize| quoted.as_ref().is_some_and(|q| q[k]);
    if opts.short_names {
        let shorten = |keep: &mut [bool]| {
            drop_given_names(toks, &norm, keep);
            shorten_country_names(toks, &norm, keep);
        };
        if let Some(quoted) = &quoted {
            let mut short = keep.clone();
            shorten(&mut short);
            for (k, x) in keep.iter_mut().enumerate() {
                *x = *x && (short[k] || quoted[k]);
            }
        } else {
            shorten(&mut keep);
        }
    }
    // `على حد تعبيره` "as he put it": a headline's colon or quotation says whose words they
    // are. Only with a pronoun (`على حد تعبير أمل` names someone).
    if opts.reported_speech {
        for k in 0..toks.len().saturating_sub(2) {
            if norm[k] == "علي" && norm[k + 1] == "حد" && AS_PUT.contains(&norm[k + 2]) {
                keep[k..k + 3].iter_mut().for_each(|x| *x = false);
            }
        }
    }
    // Before reported speech, whose verb it may leave opening the sentence.
    if opts.fronted_frame {
        drop_fronted_frame(doc, toks, &norm, &mut keep);
    }
    // A frame before a statement (`وفي رد على سؤال، قال الوزير إن`, `وعن زيارتها، أوضحت
    // العارضة أن`) goes with the verb once the statement is quoted (after `settle` below):
    // the headline is what was said. The speech is looked for past it.
    let frame = opts
        .reported_speech
        .then(|| frame_before_speech(toks, &norm, &keep))
        .flatten();
    // After the dateline, which may stand before the verb.
    let speech = opts
        .reported_speech
        .then(|| match frame {
            Some((a, c)) => {
                let mut past_frame = keep.clone();
                past_frame[a..=c].iter_mut().for_each(|x| *x = false);
                speech::find(toks, &norm, doc.text(), &past_frame, false)
            }
            // The speaker before the verb only where it opens what is kept.
            None => speech::find(toks, &norm, doc.text(), &keep, false)
                .or_else(|| speech::find_subject_first(toks, &norm, doc.text(), &keep)),
        })
        .flatten()
        .and_then(|sp| sp.named(doc, toks, &norm));
    if let Some(sp) = &speech {
        sp.set(&mut keep, false);
    }
    if opts.parentheticals {
        let mut k = 0;
        while k < toks.len() {
            if norm[k] == "(" {
                if let Some(len) = norm[k + 1..].iter().take(14).position(|x| *x == ")") {
                    let end = k + 1 + len;
                    // Keep a parenthetical that is the whole rest of the sentence, that a
                    // word before it announces (`بعنوان (...)`, `باسم (...)`), or that a
                    // preposition or `و` standing alone governs (`العرض الحي لـ (...)`, `مع
                    // (DeepMind)`: it would be left with nothing).
                    let announced = k > 0
                        && (NAMING_WORDS.contains(&norm[k - 1])
                            || governs_what_follows(norm[k - 1]));
                    if (end + 1 < toks.len() || k > 0) && !announced {
                        keep[k..=end].iter_mut().for_each(|x| *x = false);
                    }
                    k = end + 1;
                    continue;
                }
            }
            k += 1;
        }
    }
    // Tokens whose `و` goes: a circumstance coordinated with a deleted time.
    let mut no_wa: Vec<usize> = Vec::new();
    if opts.days {
        for k in 0..toks.len() {
            // A day an adjective names (`الجمعة السوداء`, `الأحد الدامي`, `الأربعاء الأحمر`)
            // is a day of its own, not when something happened.
            let named = norm
                .get(k + 1)
                .is_some_and(|w| NAMED_DAY_ADJECTIVES.contains(w));
            let span = if toks[k].kind == TokenKind::Arabic && DAYS.contains(&norm[k]) && !named {
                let mut a = k;
                // "صباح اليوم الاثنين", "مساء يوم أمس الأربعاء": up to three time words
                // before the day.
                while a > 0 && k - a < 3 && DAY_BEFORE.contains(&norm[a - 1]) {
                    a -= 1;
                }
                // `أيام الجمعة والسبت والأحد`: the days' noun too (`يومي`, a dual, is a lead-in
                // of its own).
                let more = norm.get(k + 1).is_some_and(|w| is_coordinated_day(w));
                if more && a == k && a > 0 && norm[a - 1] == "ايام" {
                    a -= 1;
                }
                Some((a, k))
            } else {
                relative_time(doc, toks, &norm, k)
            };
            if let Some((a, b)) = span
                .and_then(|(a, b)| time_span(toks, &norm, a, b))
                .filter(|&(a, _)| !is_quoted(a))
            {
                keep[a..=b].iter_mut().for_each(|x| *x = false);
                coordinated_circumstance(doc, toks, &norm, &mut keep, b, &mut no_wa);
            }
        }
    }
    if opts.dates {
        let is_month = |k: usize| is_month_at(toks, &norm, k);
        let mut k = 0;
        while k < toks.len() {
            let yesterday = toks[k].kind == TokenKind::Arabic && YESTERDAY.contains(&norm[k]);
            if !(is_month(k) || yesterday) {
                k += 1;
                continue;
            }
            let (mut a, mut b) = (k, k);
            if is_month(k) {
                // "مارس/آذار", "مايو أيار", "تشرين الثاني", then a year.
                // Also without the slash (`مايو أيار`, `يناير كانون الثاني`).
                // More months after `و` go with it (`في أبريل/نيسان ومايو/أيار الماضيين`,
                // `ويناير/ كانون الثاني ويونيو/ حزيران`, `2017، ويناير`: `ويناير/` and `/`
                // had been left).
                let and_month = |j: usize| {
                    toks.get(j).is_some_and(|t| t.kind == TokenKind::Arabic)
                        && norm[j].strip_prefix('و').is_some_and(|m| {
                            MONTHS.contains(&m)
                                && (!AMBIGUOUS_MONTHS.contains(&m)
                                    || norm.get(j + 1) == Some(&"/")
                                    || toks.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number)
                                    // Between two months (`جويلية وأوت وسبتمبر`).
                                    || norm.get(j + 1).and_then(|n| n.strip_prefix('و')).is_some_and(
                                        |n| MONTHS.contains(&n) && !AMBIGUOUS_MONTHS.contains(&n),
                                    ))
                        })
                };
                loop {
                    if b + 2 < toks.len() && norm[b + 1] == "/" && is_month(b + 2) {
                        b += 2;
                    } else if b + 1 < toks.len() && is_month(b + 1) {
                        b += 1;
                    } else if b + 1 < toks.len() && is_month_ordinal(norm[b], norm[b + 1]) {
                        // `تشرين الأول/أكتوبر`: the Gregorian name may still follow.
                        b += 1;
                    } else {
                        // A year, not a figure the sentence gives after a contract's month
                        // (`تسليم أغسطس 0.3 في المئة`).
                        if b + 1 < toks.len()
                            && toks[b + 1].kind == TokenKind::Number
                            && norm[b + 1].bytes().all(|c| c.is_ascii_digit())
                        {
                            b += 1;
                        }
                        if and_month(b + 1) {
                            b += 1;
                        } else if norm.get(b + 1) == Some(&",") && and_month(b + 2) {
                            b += 2;
                        } else {
                            break;
                        }
                    }
                }
                // `حزيران/يونيوالمقبل` (a space lost): a month that `/` pairs with a word not
                // read as a month stays whole (`/يونيوالمقبل` had been left).
                if norm.get(b + 1) == Some(&"/") {
                    k = b + 1;
                    continue;
                }
                // `في 2 أبريل من كل عام`: the date recurs yearly, and goes whole.
                if norm
                    .get(b + 1..b + 4)
                    .is_some_and(|w| w[0] == "من" && w[1] == "كل" && matches!(w[2], "عام" | "سنة"))
                {
                    b += 3;
                }
                // Its year told after `من` goes with it (`في أغسطس من العام نفسه`, `من هذا
                // العام`, `من عام 2013`: `من العام نفسه` had been left).
                b += of_the_year(toks, &norm, b + 1);
                // `غرة فيفري` ("the first of February") as `1 فيفري`.
                if a > 0 && (toks[a - 1].kind == TokenKind::Number || norm[a - 1] == "غرة") {
                    a -= 1;
                    // "يوم 26 أبريل", "مساء 5 مارس": the day words go with the date.
                    while a > 0 && k - a < 4 && DAY_BEFORE.contains(&norm[a - 1]) {
                        a -= 1;
                    }
                }
            } else if a > 0 && DAY_BEFORE.contains(&norm[a - 1]) {
                a -= 1;
            }
            let named = named_by_date(&norm, a);
            if let Some((a, b)) =
                time_span(toks, &norm, a, b).filter(|&(a, _)| !is_quoted(a) && !named)
            {
                keep[a..=b].iter_mut().for_each(|x| *x = false);
                coordinated_circumstance(doc, toks, &norm, &mut keep, b, &mut no_wa);
            }
            k = b + 1;
        }
    }
    let is_comma = |k: usize| norm[k] == ",";
    if opts.insertions {
        let mut k = 0;
        while k < toks.len() {
            // ", OPENER ... ," with no other comma inside, at most 12 words.
            if is_comma(k) && k + 1 < toks.len() && INSERTION_OPENERS.contains(&norm[k + 1]) {
                if let Some(len) = norm[k + 1..].iter().take(16).position(|x| *x == ",") {
                    let end = k + 1 + len;
                    let inner_words = toks[k + 1..end].iter().filter(|t| t.kind.is_word()).count();
                    // A quotation or bracket inside would be cut in half elsewhere.
                    let brackets = norm[k + 1..end]
                        .iter()
                        .any(|x| matches!(*x, "\"" | "(" | ")"));
                    if inner_words <= 12 && !brackets {
                        keep[k..=end].iter_mut().for_each(|x| *x = false);
                        k = end + 1;
                        continue;
                    }
                }
            }
            k += 1;
        }
    }
    // The sentence's terminator, kept when a rule deletes up to the end.
    let terminator = toks
        .len()
        .checked_sub(1)
        .filter(|&k| toks[k].kind == TokenKind::Punct && is_full_stop(norm[k]));
    let body_end = terminator.unwrap_or(toks.len());
    // Kept words before each token (one pass: the rules below test many positions). The
    // attribution rule only deletes after the position it tests, so the counts stay valid
    // for the trailing-clause rule.
    let mut kept_words_before = Vec::with_capacity(toks.len() + 1);
    kept_words_before.push(0usize);
    for (t, kept) in toks.iter().zip(&keep) {
        let last = *kept_words_before.last().unwrap_or(&0);
        kept_words_before.push(last + (*kept && t.kind.is_word()) as usize);
    }
    if opts.attribution {
        // ", حسبما قالت الوكالة." / ", بحسب مصادر." / ", نقلا عن ..." closing the sentence.
        if let Some(k) = (1..body_end).find(|&k| {
            is_comma(k)
                && k + 1 < body_end
                && ATTRIBUTION_TAILS.contains(&norm[k + 1])
                && !norm[k + 1..body_end].contains(&",")
                && body_end - k <= 14
        }) {
            if kept_words_before[k] >= MIN_WORDS_AFTER_TRIM {
                keep[k..body_end].iter_mut().for_each(|x| *x = false);
            }
        }
    }
    if opts.trailing_clause {
        if let Some(k) = (1..body_end).find(|&k| {
            keep[k]
                && is_comma(k)
                && k + 1 < body_end
                && toks[k + 1].kind == TokenKind::Arabic
                && norm[k + 1].starts_with('و')
                && norm[k + 1].chars().count() > 2
                && kept_words_before[k] >= TRAILING_CLAUSE_MIN_WORDS
        }) {
            keep[k..body_end].iter_mut().for_each(|x| *x = false);
        }
    }
    drop_orphaned_commas(&mut keep, toks, &norm);
    // Before the word limit, so that a verb restored here is counted.
    let after_bi = speech.as_ref().and_then(|sp| sp.object_after_bi());
    let verb = speech.as_ref().map(|sp| sp.verb());
    let own_verb = speech.as_ref().and_then(|sp| sp.own_verb());
    let speaker_end = speech.and_then(|sp| sp.settle(&mut keep, toks, &norm));
    // The speaker's own verb, where the speech held (its verb of saying went).
    let own_verb = own_verb.filter(|_| verb.is_some_and(|v| !keep[v]));
    // The speech held (its verb stayed deleted): the frame goes too.
    if let (Some((a, c)), Some(v)) = (frame, verb) {
        if !keep[v] {
            keep[a..=c].iter_mut().for_each(|x| *x = false);
        }
    }
    // What was said keeps its verb, not the `قد` that `أن` wanted before it (`رويترز: البنك
    // المركزي قد ضخ` → `البنك المركزي ضخ`): only before a listed perfect (`قد` before an
    // imperfect is "may"), within the statement's first words.
    if let Some(end) = speaker_end {
        if let Some(k) = (end + 1..toks.len())
            .filter(|&k| keep[k])
            .take(MAX_WORDS_BEFORE_QAD)
            .find(|&k| norm[k] == "قد")
            // `كانت قد قررت` keeps its pluperfect whole.
            .filter(|&k| !matches!(norm[k - 1], "كان" | "كانت" | "كانوا" | "كانا"))
        {
            let next = (k + 1..toks.len()).find(|&j| keep[j]);
            if next.is_some_and(|j| {
                toks[j].kind == TokenKind::Arabic
                    && tense::is_listed_perfect(doc.original(&toks[j]))
            }) {
                keep[k] = false;
            }
        }
    }
    // `الشرطة: مقتل ...` from `أفادت الشرطة بمقتل ...`: the `ب` went with the verb.
    let after_bi = after_bi.filter(|_| speaker_end.is_some());
    cut_at_limit(doc, toks, &norm, &mut keep, opts, speaker_end);
    // Marks are only balanced after a deletion: a sentence kept whole stays as written (a
    // quotation that runs on into the next sentence keeps its opening mark).
    if keep.iter().any(|&k| !k) {
        balance_marks(&mut keep, toks, &norm);
    }
    // After the cuts, which may have taken what was said.
    let turned = opts
        .turns_speaker()
        .then(|| speaker_first(doc, toks, &norm, &mut keep, connective))
        .flatten();
    // Never delete every word (a sentence that is all parenthesis, `(...)".`, had been left
    // its `.`), and drop dangling punctuation at the edges.
    let any_word = keep.iter().zip(toks).any(|(&k, t)| k && t.kind.is_word());
    let first = keep.iter().position(|&x| x).filter(|_| any_word);
    let Some(first) = first else {
        return Kept::whole(s);
    };
    let last = keep.iter().rposition(|&x| x).unwrap_or(first);
    let mut lo = first;
    while lo < last && toks[lo].kind == TokenKind::Punct && is_stray_lead(norm[lo]) {
        keep[lo] = false;
        lo += 1;
    }
    let mut hi = last;
    while hi > lo && toks[hi].kind == TokenKind::Punct && goes_from_tail(norm[hi], opts) {
        keep[hi] = false;
        hi -= 1;
    }
    // `تم إحباط هجوم` → `إحباط هجوم`: the verbal noun after an opening `تم` tells the event
    // (as headlines write it), `تم` only that it happened.
    let mut tamma_gone = false;
    if opts.event_noun && turned.is_none() && lo < hi && TAMMA.contains(&norm[lo]) {
        // Past a deleted time (`تم صباح اليوم الجمعة العثور على`).
        let next = (lo + 1..=hi).find(|&k| keep[k]).unwrap_or(hi);
        if toks[next].kind == TokenKind::Arabic && is_verbal_noun_after_tamma(norm[next]) {
            keep[lo] = false;
            lo = next;
            tamma_gone = true;
        }
    }
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for k in lo..=hi {
        if !keep[k] {
            continue;
        }
        let (mut ts, te) = (toks[k].start, toks[k].end);
        if after_bi == Some(k) {
            ts += 'ب'.len_utf8();
        }
        if no_wa.contains(&k) {
            ts += 'و'.len_utf8();
        }
        match spans.last_mut() {
            // The speaker's span ends at the colon even when what was said follows it in the
            // text (`أعلن الجيش مقتل ...`: only the verb before them went); a word that lost
            // its first letter starts a span of its own.
            Some(last)
                if k > 0 && keep[k - 1] && speaker_end != Some(k - 1) && ts == toks[k].start =>
            {
                last.1 = te
            }
            _ => spans.push((ts, te)),
        }
    }
    if lo == 0 {
        if let (Some(cut), Some(first)) = (connective, spans.first_mut()) {
            if cut < first.1 {
                first.0 = cut;
            }
        }
    }
    // The sentence's own terminator, when the cut removed it, is not restored: the
    // summary shows exactly what was kept.
    let colon_after = speaker_end
        .filter(|&k| keep[k])
        .and_then(|k| spans.iter().position(|sp| sp.1 == toks[k].end))
        .filter(|&i| i + 1 < spans.len());
    let rewritten = if let Some(rs) = turned {
        rs
    } else if colon_after.is_none() && !tamma_gone {
        // Not after `تم`: what opens is then a verbal noun, whatever a verb it spells (`تم
        // عرض النموذج` had become `يعرض النموذج`, "the model shows").
        // The first kept token (`lo` may have been deleted: only stray marks moved it).
        (lo..toks.len())
            .find(|&k| keep[k])
            .zip(spans.first())
            .map(|(k, &(from, _))| opening_rewrites(doc, toks, Some(&keep), k, from, opts))
            .filter(|rs| !rs.is_empty())
            // The speaker's own perfect is told in the present as an opening verb is
            // (`الحرس الثوري أطلق صواريخ` → `يطلق`, as headlines write it), under the same
            // guards (a dated clause, `أمس`, the first person keep it); not after `قد`
            // (`قد يلتقي` is "may meet"), nor before a year dating it, kept or not (`قالت
            // إنها أقامت علاقة معه عام 2006`): what a speaker says they did is more often told
            // of the past than the news a lead opens with.
            .or_else(|| {
                own_verb
                    .filter(|&v| opts.present_tense && keep.get(v) == Some(&true))
                    .filter(|&v| toks[v].kind == TokenKind::Arabic)
                    .filter(|&v| !dated_by_year(&norm, v + 1))
                    .map(|v| {
                        let rs = present_tense_verbs(doc, toks, Some(&keep), v, toks[v].start);
                        // `إنهم اكتشفوا` → `يكتشفون`.
                        if rs.is_empty() && norm[v - 1] == "انهم" {
                            own_plural_present(doc, toks, Some(&keep), v)
                        } else {
                            rs
                        }
                    })
            })
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    Kept {
        spans,
        colon_after,
        rewritten,
    }
}

/// Whether token `k` is kept (`None`: all are).
fn is_kept(keep: Option<&[bool]>, k: usize) -> bool {
    keep.is_none_or(|keep| keep[k])
}

/// Complementizers that open a clause of its own (normalized).
const COMPLEMENTIZERS: &[&str] = &["ان", "بان", "انه", "انها", "انهم", "انهما", "انهن"];

/// A year written in digits (`1990`, `2018`), normalized.
fn is_year(w: &str) -> bool {
    w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
}

/// Whether the words from token `from` on (normalized) date what they tell by a year: `في
/// عام 2006`, `عام 2010`, `في 2015`, `نوفمبر 2015`, `تشرين الثاني 2015`; not a year that names
/// something (`مونديال روسيا 2018`).
fn dated_by_year(norm: &[&str], from: usize) -> bool {
    (from.max(1)..norm.len()).any(|j| {
        let before = norm[j - 1];
        is_year(norm[j])
            && (matches!(before, "عام" | "العام" | "سنة" | "في" | "عامي")
                || MONTHS.contains(&before)
                || j >= 2 && MONTHS.contains(&norm[j - 2]) && is_month_ordinal(norm[j - 2], before))
    })
}

/// Words of a count before a length of time (`قبل ستة أشهر`, `قبل نحو 20 عاما`), normalized.
const COUNT_WORDS: &[&str] = &[
    "ثلاثة",
    "ثلاث",
    "اربعة",
    "اربع",
    "خمسة",
    "خمس",
    "ستة",
    "ست",
    "سبعة",
    "سبع",
    "ثمانية",
    "ثماني",
    "تسعة",
    "تسع",
    "عشرة",
    "عشر",
    "عشرين",
    "ثلاثين",
    "اربعين",
    "خمسين",
    "بضعة",
    "بضع",
    "عدة",
    "نحو",
    "حوالي",
    "زهاء",
    "قرابة",
];

/// Whether normalized `w` is a number written in words ([`COUNT_WORDS`] but for the words
/// of approximation before a number, `نحو` and the like) or a count of tens or hundreds.
fn is_numeral_word(w: &str) -> bool {
    (COUNT_WORDS.contains(&w) && !matches!(w, "نحو" | "حوالي" | "زهاء" | "قرابة"))
        || matches!(w, "عشرات" | "مئات")
}

/// Lengths of time that `قبل` turns into "ago" (`قبل 13 عاما`, `قبل يومين`), normalized.
const DURATIONS: &[&str] = &[
    "عاما",
    "عام",
    "اعوام",
    "عامين",
    "سنة",
    "سنوات",
    "سنتين",
    "عقود",
    "عقدين",
    "شهرا",
    "شهر",
    "اشهر",
    "شهور",
    "شهرين",
    "اسبوعا",
    "اسبوع",
    "اسابيع",
    "اسبوعين",
    "يوما",
    "يوم",
    "ايام",
    "يومين",
    "ساعة",
    "ساعات",
    "ساعتين",
];

/// Where the text after an opening conjunction starts (see [`CompressOptions::connective`]),
/// when sentence `s` is not the article's first and opens with `و`/`ف` attached to a
/// function word.
fn opening_connective(
    doc: &Analysis<'_>,
    s: &AnalyzedSentence,
    toks: &[AnalyzedToken],
) -> Option<usize> {
    let t = toks.first()?;
    if t.kind != TokenKind::Arabic || doc.sentences().first()?.start == s.start {
        return None;
    }
    // (`واحد من أصعب القرارات` had become `احد من`.)
    let rest = strip_conjunction(doc.norm(t)).filter(|_| !is_one(doc.norm(t)))?;
    // A function word of two letters or more (`قد`, `ما`, `كانت`), not a clitic chain.
    if rest.chars().count() < 2 || !mujaz_text::is_stop_word(rest) {
        return None;
    }
    // Not a listed verb whose first letter the conjunction's is (`فتحت الشرطة تحقيقا` had
    // become `تحت الشرطة`, "under the police"), nor `فقد` "lost" before its object or
    // subject (`فقد 23 عسكريا`, `فقد السويسري فيدرر` had become `قد 23`): the particle `قد`
    // comes before a verb.
    if tense::is_listed_verb(doc.original(t)) {
        return None;
    }
    if rest == "قد" {
        let next = toks.get(1)?;
        if next.kind != TokenKind::Arabic || doc.norm(next).starts_with("ال") {
            return None;
        }
    }
    // In the original: past the letter and any mark or tatweel on it.
    let (at, _) = doc
        .original(t)
        .char_indices()
        .skip(1)
        .find(|&(_, c)| !mujaz_text::chars::is_arabic_mark(c))?;
    Some(t.start + at)
}

/// Phrases that tie a sentence to the one before it, normalized, the first word also after
/// `و`/`ف`: out of their context they mean nothing (see [`CompressOptions::connective`]).
/// Not `لكن` ("but", whose clause may be the news) nor `على سبيل المثال` (an example is
/// not a claim).
const DISCOURSE_CONNECTIVES: &[&[&str]] = &[
    &["مع", "ذلك"],
    &["رغم", "ذلك"],
    &["بالرغم", "من", "ذلك"],
    &["علي", "الرغم", "من", "ذلك"],
    &["من", "جانبه"],
    &["من", "جانبها"],
    &["من", "جانبهم"],
    &["من", "جهته"],
    &["من", "جهتها"],
    &["من", "جهتهم"],
    &["بدوره"],
    &["بدورها"],
    &["بدورهم"],
    &["في", "المقابل"],
    &["بالمقابل"],
    &["في", "غضون", "ذلك"],
    &["في", "هذه", "الاثناء"],
    &["في", "الاثناء"],
    &["في", "الوقت", "نفسه"],
    &["في", "الوقت", "ذاته"],
    &["من", "جهة", "اخري"],
    &["من", "جهة", "ثانية"],
    &["من", "جانب", "اخر"],
    &["من", "ناحية", "اخري"],
    &["علي", "صعيد", "اخر"],
    &["الي", "ذلك"],
    &["اضافة", "الي", "ذلك"],
    &["بالاضافة", "الي", "ذلك"],
    &["علاوة", "علي", "ذلك"],
    &["في", "هذا", "السياق"],
    &["في", "هذا", "الاطار"],
    &["في", "سياق", "متصل"],
    &["في", "السياق", "ذاته"],
    &["في", "السياق", "نفسه"],
    &["لذلك"],
    &["لذا"],
    &["نتيجة", "لذلك"],
    &["بالتالي"],
    &["في", "الواقع"],
];

/// The comma closing a phrase of [`DISCOURSE_CONNECTIVES`] that opens sentence `s`, when
/// `s` is not the article's first and three words or more follow the comma.
fn discourse_connective(
    doc: &Analysis<'_>,
    s: &AnalyzedSentence,
    toks: &[AnalyzedToken],
) -> Option<usize> {
    let first = toks.first()?;
    if first.kind != TokenKind::Arabic || doc.sentences().first()?.start == s.start {
        return None;
    }
    let w = doc.norm(first);
    let n = DISCOURSE_CONNECTIVES.iter().find_map(|p| {
        let head = w == p[0] || strip_conjunction(w) == Some(p[0]);
        let rest = toks.get(1..p.len())?;
        (head
            && rest.iter().zip(&p[1..]).all(|(t, x)| doc.norm(t) == *x)
            && toks.get(p.len()).is_some_and(|t| doc.norm(t) == ","))
        .then_some(p.len())
    })?;
    let words_after = toks[n + 1..].iter().filter(|t| t.kind.is_word()).count();
    (words_after >= 3).then_some(n)
}

/// After the deletion rules: two commas that enclosed only deleted words (an insertion taken
/// apart by two rules: `، أمس الأحد،`) go together, and a comma left right before the kept
/// full stop goes (`أمريكيين، في أكتوبر الماضي.` → `أمريكيين.`).
fn drop_orphaned_commas(keep: &mut [bool], toks: &[AnalyzedToken], norm: &[&str]) {
    let is_end = |k: usize| toks[k].kind == TokenKind::Punct && is_full_stop(norm[k]);
    let mut k = 0;
    while k < keep.len() {
        if !(keep[k] && norm[k] == ",") {
            k += 1;
            continue;
        }
        let Some(next) = (k + 1..keep.len()).find(|&j| keep[j]) else {
            break;
        };
        if next > k + 1 && (norm[next] == "," || is_end(next)) {
            keep[k] = false;
            if norm[next] == "," {
                keep[next] = false;
            }
        }
        k = next;
    }
}

/// Whether normalized `w` is `واحد`/`واحدة` ("one"): far more often the word than `و` +
/// `أحد` (folded alike), whatever [`strip_conjunction`] makes of it.
fn is_one(w: &str) -> bool {
    matches!(w, "واحد" | "واحده")
}

/// The first `N` characters of `w` and how many there are (`N` when `w` has `N` or more),
/// read without allocating: the shape tests of derived words look at a handful of letters.
fn first_chars<const N: usize>(w: &str) -> ([char; N], usize) {
    let mut c = ['\0'; N];
    let mut len = 0;
    for ch in w.chars().take(N) {
        c[len] = ch;
        len += 1;
    }
    (c, len)
}

/// A normalized word without its conjunction `و`/`ف` (`None` when it has none).
fn strip_conjunction(w: &str) -> Option<&str> {
    w.strip_prefix('و').or_else(|| w.strip_prefix('ف'))
}

/// Whether normalized `w` passes `test` as written or without its conjunction `و`/`ف`.
fn bare_or_conjoined(w: &str, test: impl Fn(&str) -> bool) -> bool {
    test(w) || strip_conjunction(w).is_some_and(test)
}

/// True for a word that cannot end a clause, alone or after `و`/`ف`.
fn announces_complement(w: &str) -> bool {
    let bare = strip_conjunction(w).filter(|r| !r.is_empty() && !is_one(w));
    is_announcer(w) || bare.is_some_and(is_announcer)
}

/// After any deletion: a quotation mark or bracket whose partner was deleted goes too, so
/// kept text never shows half a quotation or parenthetical — unless the partner closes right
/// after the last kept token (a cut at the end of a quotation), which then comes back.
/// Quotation marks pair in order (1st with 2nd, ...); in a sentence with an odd number (a
/// quotation opened in the previous sentence, a typo) the kept ones are only made even.
/// `(` pairs with the next `)`.
fn balance_marks(keep: &mut [bool], toks: &[AnalyzedToken], norm: &[&str]) {
    let Some(last) = keep.iter().rposition(|&x| x) else {
        return;
    };
    let settle = |keep: &mut [bool], open: usize, close: usize| {
        if keep[open] && !keep[close] && close == last + 1 {
            keep[close] = true;
        } else if keep[open] != keep[close] {
            keep[open] = false;
            keep[close] = false;
        }
    };
    let marks: Vec<usize> = (0..norm.len()).filter(|&k| norm[k] == "\"").collect();
    if marks.len().is_multiple_of(2) {
        for pair in marks.chunks_exact(2) {
            settle(keep, pair[0], pair[1]);
        }
    } else if marks.iter().filter(|&&k| keep[k]).count() % 2 == 1 {
        // No pairing to trust (a quotation from the previous sentence, or a typo): still
        // never show an odd number of marks.
        if last + 1 < norm.len() && norm[last + 1] == "\"" {
            keep[last + 1] = true;
        } else if let Some(&k) = marks.iter().rev().find(|&&k| keep[k]) {
            keep[k] = false;
        }
    }
    // Where the marks did not pair, an opening mark whose quotation the cut took may still
    // end what is kept (`قناة "|بي اف ام`): written as one (a space before it, a word glued
    // after it), it goes, unless the mark before it opened the quotation it closes
    // (`"سوذبيز "في باريس`, `و"إجراءات عدائية "في`).
    let glued_to_word_after = |j: usize| {
        toks.get(j + 1)
            .is_some_and(|t| t.start == toks[j].end && t.kind.is_word())
    };
    let opens_cut_quote = |keep: &[bool], k: usize| {
        norm[k] == "\""
            && keep[..k].iter().any(|&x| x)
            && toks[k - 1].end < toks[k].start
            && glued_to_word_after(k)
            && !keep[k + 1]
            && !marks
                .iter()
                .rev()
                .find(|&&j| j < k)
                .is_some_and(|&j| glued_to_word_after(j))
    };
    if let Some(k) = keep
        .iter()
        .rposition(|&x| x)
        .filter(|&k| opens_cut_quote(keep, k))
    {
        keep[k] = false;
    }
    let mut open: Option<usize> = None;
    for k in 0..norm.len() {
        match norm[k] {
            "(" => open = Some(k),
            ")" => {
                if let Some(o) = open.take() {
                    settle(keep, o, k);
                }
            }
            _ => {}
        }
    }
}

/// First words of an insertion between commas that can go (circumstance, source).
const INSERTION_OPENERS: &[&str] = &[
    "قبيل",
    "قبل",
    "بعد",
    "عقب",
    "خلال",
    "اثناء",
    "اثر",
    "لدي",
    "عند",
    "وسط",
    "بحسب",
    "حسب",
    "حسبما",
    "وفقا",
    "وفق",
    "طبقا",
    "نقلا",
];
/// First words of an attribution closing a sentence.
const ATTRIBUTION_TAILS: &[&str] = &[
    "حسبما",
    "بحسب",
    "حسب",
    "وفقا",
    "وفق",
    "طبقا",
    "نقلا",
    "بحسبما",
];
/// Words of a place before an agency tag (`دبي، الإمارات العربية المتحدة (CNN)`).
const MAX_DATELINE_PLACE_WORDS: usize = 6;

/// Words a dateline's dash must have after it (`القاهرة - أعلنت الحكومة ...`).
const MIN_WORDS_AFTER_DATELINE: usize = 5;

/// Words a trailing clause must follow.
const TRAILING_CLAUSE_MIN_WORDS: usize = 8;

/// Words that cannot end a clause (normalized): complementizers, relative pronouns,
/// prepositions, conjunctions, particles, demonstratives, copulas, quantifiers, participles
/// and connectives that announce a complement (`مؤكدا`, `حسبما`). Narrower than
/// the stop-word list, which also holds words a clause can end with (`عام`, `اليوم`, `عليها`,
/// `أخرى`). `على` is left out (normalized, it is also the name `علي`; see
/// [`trim_dangling_end`](cut::trim_dangling_end)), and `أم` (also "mother"). A few kept here
/// can end a clause (`إلى حد ما`, `أم لا`, `لم يصب أحد`), but on the dev sets they dangle far
/// more often.
const ANNOUNCERS: &[&str] = &[
    // `بحيث |` "so that", `إما |` "either", `نظرا |` "given": what they announce was cut.
    "بحيث",
    "اما",
    "نظرا",
    "ان",
    "بان",
    "لان",
    "انه",
    "انها",
    "انهم",
    "بانه",
    "بانها",
    "لانه",
    "لانها",
    "التي",
    "الذي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
    "اللايي",
    "في",
    "من",
    "الي",
    "عن",
    "مع",
    "بين",
    "حول",
    "خلال",
    "بعد",
    "قبل",
    "عند",
    "لدي",
    "لدن",
    "منذ",
    "مذ",
    "حتي",
    "نحو",
    "تحت",
    "فوق",
    "امام",
    "خلف",
    "وراء",
    "عبر",
    "اثناء",
    "ازاء",
    "حيال",
    "رغم",
    "بسبب",
    "وسط",
    "ضمن",
    "تجاه",
    "قرب",
    "لاجل",
    "حسب",
    "وفق",
    "وفقا",
    "طبقا",
    "دون",
    "ضد",
    "بشان",
    "حوالي",
    "قرابة",
    "زهاء",
    "بنحو",
    "بحوالي",
    // Session 17: prepositions of time and cause, like `قبل` and `بسبب` (`قبيل | افتتاح`).
    "قبيل",
    "عقب",
    "اثر",
    "جراء",
    "بدون",
    "برغم",
    "طوال",
    "لصالح",
    "داخل",
    "خارج",
    // Session 13: words that announce what the cut took (`بعدما`, `عدم`, `بقيمة`, `بشكل`,
    // `للاشتباه`, `على خلفية`; not `مقابل`, which ends `دون مقابل`).
    "بعدما",
    "عدم",
    "بقيمة",
    "بشكل",
    "للاشتباه",
    "خلفية",
    // A comparative cut from its `من` (`أكثر | من 100`).
    "اكثر",
    "اقل",
    "و",
    "ف",
    "ثم",
    "او",
    "بل",
    "لكن",
    "حيث",
    "اذ",
    "اذا",
    "لو",
    "لولا",
    "كي",
    "لكي",
    "سوف",
    "قد",
    // "And it was said" wants what was said (`وقيل |`); a bare `قيل` may end its clause
    // (`الكثير من الكلام المعسول قيل`).
    "وقيل",
    "ويقال",
    "لقد",
    "لم",
    "لن",
    "ماذا",
    "هل",
    "هذا",
    "هذه",
    "هذان",
    "هاتان",
    "هولاء",
    "ذلك",
    "تلك",
    "كان",
    "كانت",
    "كانوا",
    "يكون",
    "تكون",
    "ليس",
    "ليست",
    "اصبح",
    "اصبحت",
    "ظل",
    "ظلت",
    "بات",
    "كل",
    "بعض",
    "غير",
    "سوي",
    "مثل",
    "اي",
    "ايه",
    "كما",
    "فيما",
    "بينما",
    "عندما",
    "حين",
    "حينما",
    "كلما",
    "لما",
    "انما",
    "عدة",
    "احدي",
    "معظم",
    "اغلب",
    "جميع",
    "كافة",
    "نتيجة",
    "وهو",
    "وهي",
    "وهم",
    "وهن",
    "وهما",
    "ذات",
    "عدد",
    "اثر",
    "جانب",
    "احد",
    "ما",
    "لا",
    // Participles and connectives that announce what follows (`مؤكدا`, `حسبما`).
    "حسبما",
    "بحسب",
    "وحسب",
    "كونه",
    "كونها",
    "اضافة",
    "بالاضافة",
    "وذلك",
    "مؤكدا",
    "مؤكدة",
    "مشيرا",
    "مشيرة",
    "مضيفا",
    "مضيفة",
    // A modal before its `أن` (`هل يمكن | أن تؤدي`, `يجب | أن يطرح`).
    "يمكن",
    "يجب",
    // `فضلا عن`, and a pronoun opening a clause of its own (`فهو`, like `وهو`).
    "فضلا",
    "فهو",
    "فهي",
    // Session 16: the same circumstantial participles of saying (`... ليست مشكلة لافتا`,
    // `توعد فيها روسيا قائلا`); not those that are also a noun or adjective (`لافتة`,
    // `داعية`, `إجراءات مشددة`, `زيارات معلنة`, `كمية معتبرة`) or follow `كان` (`متوقعا`,
    // `مطالبا`).
    "قائلا",
    "قائلة",
    "موضحا",
    "موضحة",
    "لافتا",
    "معتبرا",
    "مشددا",
    "محذرا",
    "محذرة",
    "معربا",
    "معربة",
    "معلنا",
    "منوها",
    "منوهة",
    "داعيا",
    // A preposition written apart with tatweel (`تقدر بـ 200`).
    "ب",
    "ل",
    "ك",
];

/// Whether `w` (normalized) is one of the [`ANNOUNCERS`]: a hashed set, probed for most
/// words of a lead (a scan of the 200 of them was 2 % of a standfirst).
fn is_announcer(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| ANNOUNCERS.iter().copied().collect());
    SET.contains(w)
}

/// Fewest words [`trim_dangling_end`](cut::trim_dangling_end) leaves.
const MIN_WORDS_AFTER_TRIM: usize = 6;

/// Join kept spans into text: each span as in the original but for its line breaks, shown
/// as one space (a summary is one line), separated by one space (none before closing
/// punctuation, so a deletion before the full stop leaves no gap, and none where only a
/// deleted quotation mark stood between a proclitic and its word).
///
/// ```
/// use mujaz_summarize::compress::join_spans;
///
/// let text = "العقوبات :\nغرامة مالية. ثم";
/// assert_eq!(join_spans(text, &[(0, 41)]), "العقوبات : غرامة مالية.");
/// // `بـ"العمل` without its quotation mark.
/// let text = "اتهمها بـ\"العمل";
/// let b = text.find('"').unwrap();
/// assert_eq!(join_spans(text, &[(0, b), (b + 1, text.len())]), "اتهمها بـالعمل");
/// ```
pub fn join_spans(text: &str, spans: &[(usize, usize)]) -> String {
    join_kept(text, spans, None)
}

/// [`join_spans`], with `: ` after span `colon_after` (a speaker before what they said; see
/// [`CompressOptions::reported_speech`]).
pub fn join_kept(text: &str, spans: &[(usize, usize)], colon_after: Option<usize>) -> String {
    join_rewritten(text, spans, colon_after, &[])
}

/// [`join_kept`], with the words `rewrites` cover written as they say (see
/// [`CompressOptions::present_tense`]); they are in order and do not overlap.
pub fn join_rewritten(
    text: &str,
    spans: &[(usize, usize)],
    colon_after: Option<usize>,
    rewrites: &[Rewrite],
) -> String {
    let mut out = String::new();
    for (i, &(a, b)) in spans.iter().enumerate() {
        let piece = &text[a..b];
        let closing = piece.starts_with([
            '.', ',', '،', '؛', ';', ':', '!', '?', '؟', ')', ']', '}', '»', '…',
        ]);
        if i > 0 && colon_after == Some(i - 1) {
            out.push(':');
        }
        if i > 0 && !closing && !rejoins_proclitic(text, spans[i - 1].1, a) {
            out.push(' ');
        }
        // A rewrite outside the span, off a character boundary or overlapping the one before
        // (hand-made) is ignored.
        let mut at = a;
        for r in rewrites {
            if at <= r.start
                && r.start <= r.end
                && r.end <= b
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end)
            {
                push_one_line(&mut out, &text[at..r.start]);
                out.push_str(&r.text);
                at = r.end;
            }
        }
        push_one_line(&mut out, &text[at..b]);
    }
    out
}

/// Whether the span ending at `end` and the one starting at `start` were one word on the page
/// but for a deleted quotation mark after a proclitic (`بـ"العمل`, `و"إجراءات`, `ل"تحطيم`):
/// they join again without a space (`بـالعمل`), where a space would leave the proclitic alone.
fn rejoins_proclitic(text: &str, end: usize, start: usize) -> bool {
    let gap = &text[end..start];
    // A tatweel may stretch the proclitic (`بـ`).
    let mut back = text[..end].trim_end_matches('\u{640}').chars().rev();
    let proclitic = matches!(back.next(), Some('ب' | 'ل' | 'و' | 'ف' | 'ك'))
        && back
            .next()
            .is_none_or(|c| !mujaz_text::chars::is_arabic_letter(c));
    proclitic
        && !gap.is_empty()
        && gap
            .chars()
            .all(|c| matches!(c, '"' | '«' | '“' | '”' | '\''))
}

/// Push `piece` with each run of white space that breaks a line
/// ([`mujaz_text::chars::is_line_break`]) shown as one space: a summary is one line (of text,
/// of a terminal, of a `--format lines` output), though the sentence it comes from may run
/// over a break (a hard-wrapped paragraph, a line ending in `:` before a list).
fn push_one_line(out: &mut String, piece: &str) {
    use mujaz_text::chars::is_line_break;
    if !piece.contains(is_line_break) {
        out.push_str(piece);
        return;
    }
    let mut rest = piece;
    while let Some(i) = rest.find(is_line_break) {
        let before = rest[..i].trim_end();
        out.push_str(before);
        let after = rest[i..].trim_start();
        // Only white space is dropped: the run around the break.
        out.push(' ');
        rest = after;
    }
    out.push_str(rest);
}
