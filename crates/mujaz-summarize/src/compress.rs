//! Sentence compression by span deletion: the output is the source sentence with spans
//! removed, so every kept byte is traceable to the article.

use mujaz_text::{Analysis, AnalyzedSentence, AnalyzedToken, TokenKind};
use serde::{Deserialize, Serialize};

mod event;
mod speech;
mod tense;

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
            fronted_frame: false,
            present_tense: true,
            event_noun: true,
            subject_first: true,
            cut_after_words: 0,
            max_words: 0,
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
            fronted_frame: false,
            present_tense: false,
            event_noun: false,
            subject_first: false,
            cut_after_words: 0,
            max_words: 0,
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
/// `مارس`, `مفاعل تموز`, the name `جوان`): a month only beside a number, a `/` pairing it with
/// another spelling or after one, a time word before it or `الماضي`/`المقبل` after it.
const AMBIGUOUS_MONTHS: &[&str] = &["ماي", "اب", "مارس", "تموز", "جوان"];
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
/// `الواقعة` ("located") in: [`CUT_CONSTRUCTS`] and [`COMPLEMENT_OPENERS`] use them.
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
    if conjoined(GOVERNORS) || a > 1 && conjoined(TIME_LEAD_INS) {
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
    // `وفي 7 ديسمبر، وقع الوزير`, `ففي 2017،`: opening the sentence, the lead-in with its
    // conjunction goes too (`وفي وقع الوزير`, `ففي علق` had been left).
    if a == 1 && strip_conjunction(norm[0]).is_some_and(|w| TIME_LEAD_INS.contains(&w)) {
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

/// Punctuation (normalized) dropped when it opens what is kept.
fn is_stray_lead(s: &str) -> bool {
    matches!(s, "," | ";" | "-" | ":")
}

/// Punctuation (normalized) dropped when it closes what is kept.
fn is_stray_tail(s: &str) -> bool {
    matches!(s, "," | ";" | "-" | ":" | "(" | "/")
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
    /// was said (`start == end`; the article's verb is then not kept).
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
/// assert_eq!(kept.text(text), "وزير المالية: الحكومة ستخفض الضرائب على الشركات.");
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
        || opts.fronted_frame);
    if no_span_rules {
        let words = toks.iter().filter(|t| t.kind.is_word()).count();
        let short = (opts.cut_after_words == 0 || words < opts.cut_after_words)
            && (opts.max_words == 0 || words <= opts.max_words);
        let dateline_mark = opts.dateline
            && (toks.iter().take(16).any(|t| {
                t.kind == TokenKind::Punct && (doc.norm(t) == ")" || is_dash(doc.norm(t)))
            }) || (1..toks.len()).any(|k| marks_list_item(doc, toks, k)));
        let clean_edges =
            !is_stray_lead(doc.norm(&toks[0])) && !is_stray_tail(doc.norm(&toks[toks.len() - 1]));
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
                    // Keep a parenthetical that is the whole rest of the sentence, or that a
                    // word before it announces (`بعنوان (...)`, `باسم (...)`).
                    let announced = k > 0 && NAMING_WORDS.contains(&norm[k - 1]);
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
            if toks[k].kind == TokenKind::Arabic && DAYS.contains(&norm[k]) && !named {
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
                if let Some((a, b)) = time_span(toks, &norm, a, k) {
                    keep[a..=b].iter_mut().for_each(|x| *x = false);
                    coordinated_circumstance(doc, toks, &norm, &mut keep, b, &mut no_wa);
                }
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
                                    || toks.get(j + 1).is_some_and(|t| t.kind == TokenKind::Number))
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
                        if b + 1 < toks.len() && toks[b + 1].kind == TokenKind::Number {
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
            if let Some((a, b)) = time_span(toks, &norm, a, b) {
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
    let speaker_end = speech.and_then(|sp| sp.settle(&mut keep, toks, &norm));
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
    let mut words = 0;
    // Words after the speaker's colon: a cut at a clause boundary leaves at least a few of
    // them (`رئيس الغرفة، يحيى آل اسحاق: طهران وبغداد` said nothing yet).
    let mut said = usize::MAX;
    let mut limit = opts.max_words;
    // A comma between a subject and its verb where no cut was made ([`parts_subject_from_verb`]).
    let mut held_comma = None;
    // Up to the comma closing a frame that opens what is kept (`وفي رد فعل على الحملة التي
    // أطلقتها الشركة، تراجعت أسهمها`) there is no clause boundary: a cut there would leave the
    // frame alone.
    // Not when a verb or a complementizer comes first (`وعن هذه التجارب تقول كات إنها ...،`):
    // the main clause has begun.
    let frame_comma = (0..toks.len()).find(|&k| keep[k]).and_then(|first| {
        if !opens_frame(norm[first]) {
            return None;
        }
        let comma = (first + 1..toks.len()).find(|&k| keep[k] && norm[k] == ",")?;
        // A relative clause's verb is the frame's own (`على الحملة التي أطلقتها الشركة،`).
        let relative = (first + 1..comma)
            .find(|&k| keep[k] && RELATIVES.contains(&norm[k]))
            .unwrap_or(comma);
        let clause = (first + 1..relative).filter(|&k| keep[k]).any(|k| {
            toks[k].kind == TokenKind::Arabic
                && (tense::is_listed_verb(doc.original(&toks[k]))
                    || bare_or_conjoined(norm[k], |w| {
                        COMPLEMENTIZERS.contains(&w) || TAMMA.contains(&w)
                    }))
        });
        (!clause).then_some(comma)
    });
    for k in 0..toks.len() {
        if !keep[k] {
            continue;
        }
        if speaker_end == Some(k) {
            said = 0;
        }
        let clause_cut = opts.cut_after_words > 0
            && words >= opts.cut_after_words
            && said >= MIN_WORDS_SAID_BEFORE_CUT
            && frame_comma.is_none_or(|c| k > c);
        if toks[k].kind.is_word() {
            // A relative clause is a clause boundary too (`... الذي يعتبر السلطة العليا`), and
            // so is one of "where" or "while" (`حيث`, `بينما`, `في حين`; not `من حيث`, "in
            // terms of").
            if clause_cut
                && (RELATIVES.contains(&norm[k])
                    || norm[k] == "وذلك"
                    || opens_where_or_while(&norm, k))
            {
                keep[k..].iter_mut().for_each(|x| *x = false);
                trim_dangling_end(&mut keep[..k], doc, toks, &norm);
                break;
            }
            // Part of the word before it on the page (`1-2`, `إس-400`, `الـ12`, `و3.4%`): the
            // limit counts words as a reader does, and a cut there would part them.
            if glued_to_kept_word(toks, &norm, &keep, k) {
                continue;
            }
            words += 1;
            said = said.saturating_add(1);
            if opts.max_words > 0 && words == opts.max_words + 1 {
                // A number and what it counts read as one (`عن عمر يناهز 92 عاما`, not `92`).
                // Each completes the same word on (`عشرات | الحوثيين` is a count and a pair
                // the article repeats): the longest one counts.
                limit += completes_number(doc, toks, &norm, &keep, k)
                    .max(completes_score(toks, &norm, &keep, k))
                    .max(completes_name(doc, toks, &norm, &keep, k));
            }
            if opts.max_words > 0 && words > limit {
                keep[k..].iter_mut().for_each(|x| *x = false);
                trim_dangling_end(&mut keep[..k], doc, toks, &norm);
                let cut_back = |keep: &mut [bool], to: usize| {
                    keep[to..k].iter_mut().for_each(|x| *x = false);
                    trim_dangling_end(&mut keep[..to], doc, toks, &norm);
                };
                // The verb came with too little of what it says (`أردوغان، فاز |`): the
                // comma before it was the better end after all.
                if let Some(c) = held_comma {
                    let after = (c + 1..k)
                        .filter(|&j| keep[j] && toks[j].kind.is_word())
                        .count();
                    if after < MIN_WORDS_AFTER_HELD_COMMA {
                        cut_back(&mut keep, c);
                    }
                }
                // A statement added by a participle or a `و` verb of saying that the limit cut
                // short (`، مشيرا إلى أن الحكومة |`, `وقال إنهم |`) goes whole.
                if let Some(p) = cut_added_statement(toks, &norm, &keep, k) {
                    cut_back(&mut keep, p);
                }
                break;
            }
        } else if clause_cut
            && norm[k] == ","
            && parts_subject_from_verb(doc, toks, &norm, &keep, k, speaker_end)
        {
            held_comma = Some(k);
        } else if clause_cut
            && (matches!(norm[k], "," | ";")
                || norm[k] == ":" && colon_ends_clause(doc, toks, &norm, &keep, k))
        {
            keep[k..].iter_mut().for_each(|x| *x = false);
            // A comma can follow a word that announces a complement (`ادعت أن، بريت كافانو،`).
            trim_dangling_end(&mut keep[..k], doc, toks, &norm);
            break;
        }
    }
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
    while hi > lo && toks[hi].kind == TokenKind::Punct && is_stray_tail(norm[hi]) {
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

/// [`CompressOptions::subject_first`]: when what is kept opens with reported speech in the
/// plain shape `verb speaker إن ...`, delete the verb and return its present, to be inserted
/// before what was said, and the present of verbs coordinated with it (`connective`: where
/// the text after an opening `و`/`ف` starts).
fn speaker_first(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &mut [bool],
    connective: Option<usize>,
) -> Option<Vec<Rewrite>> {
    let (verb, comp, time) =
        speech::find(toks, norm, doc.text(), keep, true)?.speaker_first_shape()?;
    if !keep[comp] {
        return None;
    }
    // The words that close the speaker as a time (`اليوم الثلاثاء`, `رسميا`, `مؤخرا`) stay
    // after the verb, which goes before them (`قال مسؤول أردني اليوم الثلاثاء إن` → `مسؤول
    // أردني يقول اليوم الثلاثاء إن`); anything else closing the speaker (`في مقابلة مع ...`,
    // the `على` of `أكد ... على أن`, after which the "speaker" may be a participle: `وأضاف
    // مشددا على أن`) keeps the verb first, and so does a time after a comma, which would
    // part the speaker from their verb. What the rules deleted of the time is no part of it.
    if time.is_some_and(|t| (t..comp).any(|k| keep[k] && norm[k] == "علي")) {
        return None;
    }
    let end = (time.unwrap_or(comp)..comp)
        .find(|&k| keep[k] && norm[k] != ",")
        .unwrap_or(comp);
    let before = (verb + 1..end).rev().find(|&k| keep[k]);
    if end < comp && !before.is_some_and(|k| toks[k].kind.is_word()) {
        return None;
    }
    // The speaker's commas: none, or an apposition closed right before `إن` (`وزير الخارجية،
    // مايك بومبيو، يقول إن`); a comma left open would part the speaker from their verb.
    let mut commas = (verb + 1..end).filter(|&k| keep[k] && norm[k] == ",");
    // A name of one to four words after a lone comma, running to `إن` (`رئيس الوزراء
    // اللبناني، سعد الحريري إن`: the writer left the apposition open), reads as the speaker.
    let name_to_that = |a: usize| {
        let words = (a + 1..end).filter(|&k| keep[k]);
        let mut n = 0;
        for k in words {
            if toks[k].kind != TokenKind::Arabic || mujaz_text::is_stop_word(norm[k]) {
                return false;
            }
            n += 1;
        }
        (1..=4).contains(&n)
    };
    let mut lone_comma = None;
    match (commas.next(), commas.next(), commas.next()) {
        (None, ..) => {}
        (Some(_), Some(b), None) if b + 1 == end && end == comp => {}
        // `الرئيس الإيراني السابق محمد خاتمي، إن`: the comma before `إن` goes with the verb.
        (Some(a), None, _) if a + 1 == end && end == comp => lone_comma = Some(a),
        (Some(a), None, _) if end == comp && name_to_that(a) => {}
        _ => return None,
    }
    // Nor a time inside the speaker (`صحيفة ... يوم السبت الصادرة`), a colon, the verb's own
    // `عن` (`كشف باحثون عما وصفوه أنه`) or a second speaker (`ميركل ووزير الداخلية`, whose
    // verb after them would be a dual) before the verb.
    if (verb + 1..end).any(|k| {
        keep[k]
            && (speech::is_time_word(norm[k])
                // `في وقت متأخر`: a time of words the time list does not hold.
                || matches!(norm[k], "عن" | "عما" | "عمن" | ":" | "وقت")
                || tense::adds_a_speaker(norm[k]))
    }) {
        return None;
    }
    let t = &toks[verb];
    let from = connective
        .filter(|&c| t.start < c && c < t.end)
        .unwrap_or(t.start);
    // A verb already in the present (`يقول عمال الإنقاذ إن`, as BBC's own leads often
    // open) goes after the speaker as it is written.
    let written = &doc.text()[from..t.end];
    let present = match present_tense_verb(doc, toks, Some(keep), verb, from) {
        Some(r) => r.text,
        None if tense::is_listed_imperfect(written) => written.to_string(),
        None => return None,
    };
    let head = (verb + 1..end).find(|&k| keep[k] && toks[k].kind.is_word())?;
    // `بعض الخبراء`, `معظم النواب`: the verb after them agrees with the plural they count
    // (`يعتبرون`), which the speaker's first word does not tell (`بعض الدول تعتبر`); the verb
    // stays first. (`أحد`, `إحدى`, `عدد` and `عدة` take the verb as they are.)
    if matches!(norm[head], "بعض" | "معظم" | "اغلب" | "جميع" | "كل") {
        return None;
    }
    // Before its verb a plural of people or a dual takes a verb that agrees in number.
    let plural = tense::names_people_in_plural(norm[head]);
    let two = tense::names_two(norm[head]);
    // A second definite subject tied to a definite first word (`الإمارات والسعودية`; not a
    // genitive's own `و`, `وزارة العمل والتنمية`, nor a name, `شركة والت ديزني`) would want a
    // dual or plural after them.
    let tied = norm[head].starts_with("ال")
        && (head + 1..end)
            .find(|&k| keep[k])
            .is_some_and(|k| norm[k].starts_with("وال") && norm[k].chars().count() >= 6);
    // Two names tied by `و` (`انيستون وثيرو`) would want a dual too: a speaker of just two
    // words, the second with `و` (not `صحيفة واشنطن بوست`, `رئيسة وزراء كندية`).
    let mut speaker_words = (head..end).filter(|&k| keep[k] && toks[k].kind.is_word());
    let two_names = !norm[head].starts_with("ال")
        && matches!(
            (speaker_words.next(), speaker_words.next(), speaker_words.next()),
            (Some(_), Some(k), None) if norm[k].starts_with('و') && norm[k].chars().count() >= 4
        );
    if (tied || two_names) && !plural {
        return None;
    }
    let text = if plural {
        tense::plural(&present)?
    } else if two {
        tense::dual(&present)?
    } else {
        present
    };
    keep[verb] = false;
    if let Some(c) = lone_comma {
        keep[c] = false;
    }
    let at = toks[end].start;
    let mut out = vec![Rewrite {
        start: at,
        end: at,
        text: format!("{text} "),
    }];
    // One sentence, one tense (`..، ويدعو`); a singular verb after a plural or dual speaker
    // is someone else's.
    if !plural && !two {
        out.extend(coordinated_verbs(
            doc,
            toks,
            Some(keep),
            comp,
            text.chars().next(),
            false,
        ));
    }
    Some(out)
}

/// `تم`, `تمت` (normalized): "it was done", before the verbal noun of what was done.
const TAMMA: &[&str] = &["تم", "تمت"];

/// Whether `w` (normalized), after an opening `تم`, is the verbal noun it is said of (`تم
/// إحباط`, `تمت الموافقة`, `تم بيع`), not a function word, a time (`تم اليوم`, `تم صباح`) or
/// a place with a preposition (`تم برواق`, `تم بباجة`): a word of five letters or more that
/// opens with `ب`, `ل` or `ك` is taken for the latter.
fn is_verbal_noun_after_tamma(w: &str) -> bool {
    let place = w.chars().count() >= 5 && w.starts_with(['ب', 'ل', 'ك']);
    !(mujaz_text::is_stop_word(w) || speech::is_time_word(w) || place)
}

/// The words written anew at the opening of what is kept (token `lo`, from byte `from`): a
/// passive as its event noun ([`CompressOptions::event_noun`]), else the verb in the present
/// ([`CompressOptions::present_tense`]).
fn opening_rewrites(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
    opts: &CompressOptions,
) -> Vec<Rewrite> {
    // A noun tells the event at any time (`مقتل 5 أشخاص أمس`): no date guards it.
    let noun = |k: usize, from: usize| {
        rewrite_word(doc, toks, keep, k, from, |w, following| {
            event_noun(w, following).map(str::to_string)
        })
    };
    let first = opts
        .event_noun
        .then(|| {
            met_death_noun(doc, toks, keep, lo, from)
                .or_else(|| noun(lo, from).map(|r| (vec![r], lo)))
                .or_else(|| killed_noun(doc, toks, keep, lo, from).map(|r| (vec![r], lo)))
        })
        .flatten();
    if let Some((mut out, last)) = first {
        // A passive coordinated with it by `و` in its clause becomes a noun too (`مقتل 50
        // شخصا وإصابة العشرات`), where the noun reads right (see [`event_noun`]).
        for k in (last + 1..toks.len())
            .filter(|&k| is_kept(keep, k))
            .take(MAX_COORDINATED_EVENT)
        {
            let w = doc.norm(&toks[k]);
            // A comma may stand before the coordinated passive (`مقتل 3 أشخاص على الأقل،
            // وأصيب اثنان`), nothing else.
            let before_passive = || {
                (k + 1..toks.len())
                    .find(|&j| is_kept(keep, j))
                    .is_some_and(|j| event::opens_coordinated_passive(doc.original(&toks[j])))
            };
            if RELATIVES.contains(&w)
                || is_full_stop(w)
                || w == ":"
                || w == "," && !before_passive()
            {
                break;
            }
            let t = &toks[k];
            if t.kind == TokenKind::Arabic && doc.original(t).starts_with('و') {
                let from = t.start + 'و'.len_utf8();
                if let Some(r) = noun(k, from) {
                    out.push(r);
                    break;
                }
                // `وأصيب 200 آخرون`: the noun takes its subject in the genitive, and
                // `آخرون` and `اثنان` show it (`وإصابة 200 آخرين`, `وإصابة اثنين`); a number
                // does not.
                if let Some(rs) = noun_and_genitive(doc, toks, keep, k, from) {
                    out.extend(rs);
                    break;
                }
            }
        }
        return out;
    }
    if opts.present_tense {
        present_tense_verbs(doc, toks, keep, lo, from)
    } else {
        Vec::new()
    }
}

/// An unvowelled `قتل` opening what is kept (token `lo`, from byte `from`) as `مقتل` where
/// the circumstance after its subject shows the passive ([`event::killed_in_circumstance`]):
/// `قتل فلسطيني في قصف إسرائيلي` → `مقتل فلسطيني في قصف إسرائيلي`.
fn killed_noun(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
) -> Option<Rewrite> {
    rewrite_word(doc, toks, keep, lo, from, |w, _| {
        if !event::is_unvowelled_killed(w) {
            return None;
        }
        // The kept words up to punctuation (past a quotation mark), at most twelve.
        let mut words: Vec<&str> = Vec::new();
        for k in (lo + 1..toks.len()).filter(|&k| is_kept(keep, k)) {
            let u = &toks[k];
            if u.kind == TokenKind::Punct {
                if doc.norm(u) == "\"" {
                    continue;
                }
                break;
            }
            words.push(doc.original(u));
            if words.len() == 12 {
                break;
            }
        }
        event::killed_in_circumstance(&words).then(|| "مقتل".to_string())
    })
}

/// `لقي ... مصرعه` opening what is kept (token `lo`, from byte `from`) as `مصرع ...`: the verb
/// written as the noun and `مصرعه` deleted, with the space before it (a rewrite to nothing),
/// and the index of its token. Only where the subject between them is words alone (no
/// punctuation, whose commas the deletion would leave doubled) that the noun reads right with
/// (see [`event::met_death`]).
fn met_death_noun(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
) -> Option<(Vec<Rewrite>, usize)> {
    let t = &toks[lo];
    if t.kind != TokenKind::Arabic || from >= t.end {
        return None;
    }
    // The verb first: almost no sentence opens with it, and only then is its clause read.
    let word = &doc.text()[from.max(t.start)..t.end];
    if !event::is_met_death_verb(word) {
        return None;
    }
    let mut subject = Vec::new();
    let mut prev = lo;
    for k in (lo + 1..toks.len()).take(MAX_COORDINATED_EVENT) {
        if !is_kept(keep, k) || !toks[k].kind.is_word() {
            return None;
        }
        let w = doc.norm(&toks[k]);
        // `مصرعه`, `مصرعها`, `مصرعهم`, `مصرعهما`, `مصرعهن`: his, her, their death.
        if w.strip_prefix("مصرع")
            .is_some_and(|p| matches!(p, "ه" | "ها" | "هم" | "هما" | "هن"))
        {
            if !event::met_death(word, &subject) {
                return None;
            }
            let noun = Rewrite {
                start: from.max(t.start),
                end: t.end,
                text: "مصرع".to_string(),
            };
            // The word and the space right before it; anything else between the words (a
            // lone tatweel) stays.
            let gap = &doc.text()[toks[prev].end..toks[k].start];
            let space = gap.len() - gap.trim_end().len();
            let gone = Rewrite {
                start: if space > 0 {
                    toks[k].start - space
                } else {
                    toks[prev].end
                },
                end: toks[k].end,
                text: String::new(),
            };
            return Some((vec![noun, gone], k));
        }
        subject.push(doc.original(&toks[k]));
        prev = k;
    }
    None
}

/// Words that open a frame before a statement (`وفي رد على سؤال،`, `وعن زيارتها،`,
/// `وفي الجزائر،`), normalized, also after `و`: [`FRAME_OPENERS`] and `عن` ("as for").
fn opens_frame(w: &str) -> bool {
    bare_or_conjoined(w, |x| FRAME_OPENERS.contains(&x) || x == "عن" || x == "ردا")
}

/// A frame opening what is kept, up to its comma, when a verb of saying follows the comma
/// (see [`opens_frame`]): at most [`MAX_FRAME_WORDS`] words, no quotation or bracket inside.
/// The caller keeps it deleted only if the statement is quoted.
fn frame_before_speech(
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &[bool],
) -> Option<(usize, usize)> {
    let first = (0..toks.len()).find(|&k| keep[k])?;
    if toks[first].kind != TokenKind::Arabic || !opens_frame(norm[first]) {
        return None;
    }
    // A question's frame holds the question (`وردا على سؤال عما إذا كان اللاعب سيشارك في
    // النهائي ضد ليفربول،`): it may run longer.
    let question =
        (first + 1..toks.len().min(first + 4)).any(|k| matches!(norm[k], "سؤال" | "سوال"));
    let most = if question {
        MAX_QUESTION_FRAME_WORDS
    } else {
        MAX_FRAME_WORDS
    };
    let mut words = 0;
    for k in first + 1..toks.len() {
        if !keep[k] {
            continue;
        }
        let w = norm[k];
        if w == "," {
            let next = (k + 1..toks.len()).find(|&j| keep[j])?;
            return (words >= 1
                && toks[next].kind == TokenKind::Arabic
                && speech::is_saying_verb(norm[next]))
            .then_some((first, k));
        }
        if !toks[k].kind.is_word() && w != "/" {
            return None;
        }
        words += 1;
        if words > most {
            return None;
        }
    }
    None
}

/// Most words in a frame before a statement that holds a question (see
/// [`frame_before_speech`]).
const MAX_QUESTION_FRAME_WORDS: usize = 20;

/// How far into what was said a `قد` before its perfect is looked for (its subject's words).
const MAX_WORDS_BEFORE_QAD: usize = 6;

/// Words that open a fronted frame (`في موقف غير مسبوق، شن الرئيس ...`), normalized.
const FRAME_OPENERS: &[&str] = &["في", "مع", "رغم", "بعد", "وسط", "خلال", "اثر", "عقب"];
/// Most words in a fronted frame.
const MAX_FRAME_WORDS: usize = 10;

/// Most words in a fronted frame that [`drop_fronted_frame`] deletes: since the comma closing
/// a frame is no cut (see `frame_comma` in [`compress`]), a longer frame would fill the
/// headline with the circumstance and leave the verb bare (`بعد وقت قصير من دخول العقوبات
/// الأميركية على النظام الإيراني حيز التنفيذ، هدد`).
const MAX_FRONTED_FRAME_WORDS: usize = 20;

/// [`CompressOptions::fronted_frame`]: delete a frame opening what is kept, up to the comma
/// closing it, when a listed verb's perfect follows.
fn drop_fronted_frame(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &mut [bool],
) {
    let Some(first) = (0..toks.len()).find(|&k| keep[k]) else {
        return;
    };
    if !FRAME_OPENERS.contains(&norm[first]) {
        return;
    }
    let mut words = 0;
    for k in first + 1..toks.len() {
        if !keep[k] {
            continue;
        }
        let w = norm[k];
        // A date or a number dates or qualifies the verb; a quotation or bracket may hold
        // the comma.
        if toks[k].kind == TokenKind::Number
            || MONTHS.contains(&w)
            || PAST_MARKS.contains(&w)
            || matches!(w, "\"" | "(" | ")" | "القرن")
        {
            return;
        }
        if w == "," {
            let next = (k + 1..toks.len()).find(|&j| keep[j]);
            if let Some(j) = next {
                if words >= 2
                    && toks[j].kind == TokenKind::Arabic
                    && tense::is_listed_perfect(doc.original(&toks[j]))
                {
                    keep[first..=k].iter_mut().for_each(|x| *x = false);
                }
            }
            return;
        }
        if !toks[k].kind.is_word() {
            return;
        }
        words += 1;
        if words > MAX_FRONTED_FRAME_WORDS {
            return;
        }
    }
}

/// A coordinated passive at token `k` (from byte `from`, past its `و`) whose subject is a
/// count and/or `آخرون` (`وأصيب 200 آخرون`, `وأصيب آخرون`, `وأصيب اثنان`, `واصيب عشرة
/// آخرون`, `وأصيب اثنان آخران`), as its event noun and the subject's words that show the
/// nominative in the genitive (`آخرين`, `اثنين`): the words rewritten, the noun first.
fn noun_and_genitive(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    k: usize,
    from: usize,
) -> Option<Vec<Rewrite>> {
    let mut next = (k + 1..toks.len()).filter(|&j| is_kept(keep, j));
    let first = next.next()?;
    let second = next.next();
    // The subject as the noun's genitive: a word's genitive, or the word itself when its
    // case does not show (a number).
    let genitive = |j: usize| -> Option<&'static str> {
        event::OTHERS_GENITIVE
            .iter()
            .find(|(nominative, _)| *nominative == doc.original(&toks[j]))
            .map(|&(_, g)| g)
    };
    let unmarked =
        |j: usize| toks[j].kind == TokenKind::Number || COUNT_WORDS.contains(&doc.norm(&toks[j]));
    let mut words: Vec<(usize, &str)> = Vec::new();
    if let Some(g) = genitive(first) {
        words.push((first, g));
        // `اثنان آخران`.
        if let Some(j) = second.filter(|&j| genitive(j).is_some()) {
            words.push((j, genitive(j)?));
        }
    } else if unmarked(first) {
        words.push((first, doc.original(&toks[first])));
        words.push((second?, genitive(second?)?));
    } else {
        return None;
    }
    let after: Vec<&str> = words.iter().map(|&(_, w)| w).collect();
    let noun = rewrite_word(doc, toks, keep, k, from, |w, _| {
        event_noun(w, &after).map(str::to_string)
    })?;
    let mut out = vec![noun];
    out.extend(
        words
            .iter()
            .filter(|&&(j, g)| doc.original(&toks[j]) != g)
            .map(|&(j, g)| Rewrite {
                start: toks[j].start,
                end: toks[j].end,
                text: g.to_string(),
            }),
    );
    Some(out)
}

/// How many tokens after an opening event noun a passive coordinated with it may come (`قُتل
/// نحو 19 شخصا على الأقل وأصيب`).
const MAX_COORDINATED_EVENT: usize = 12;

/// The present tense of the verb that opens what is kept and, when it has one, of each verb
/// that a comma and `و` coordinate with it in its clause (`يقول ...، ويدعو إلى ...`: one
/// sentence, one tense). Not past a relative pronoun, whose clause has its own time (`الذي
/// فاز بالجائزة، وأصبح`), nor a verb whose own clause is dated in the past.
fn present_tense_verbs(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
) -> Vec<Rewrite> {
    let Some(opening) = present_tense_verb(doc, toks, keep, lo, from) else {
        return Vec::new();
    };
    // `ي` or `ت`: the person and gender a coordinated verb must share.
    let person = opening.text.chars().next();
    // A masculine verb before a plural of people: a plural verb after it is theirs too
    // (`ينفذ عمال الحضائر تحركات احتجاجية، وقاموا بقطع` → `، ويقومون بقطع`).
    let plural = person == Some('ي') && subject_names_people_in_plural(doc, toks, keep, lo);
    let mut out = vec![opening];
    out.extend(coordinated_verbs(doc, toks, keep, lo, person, plural));
    // `هاجم ثلاثة أشخاص مسجدا، وذبحوا ...`: a coordinated verb of the subject that no rule
    // tells in the present keeps the narration in the past (`يهاجم ...، وذبحوا` mixes them).
    if leaves_plural_perfect(doc, toks, keep, lo, &out) {
        return Vec::new();
    }
    out
}

/// Words that open a clause of circumstance, whose verbs have a subject and time of their own
/// (`بعدما تغلب الفريق ... وردوا`), normalized.
const SUBORDINATORS: &[&str] = &[
    "بعد",
    "بعدما",
    "قبل",
    "عندما",
    "حين",
    "حينما",
    "لان",
    "حيث",
    "كما",
    "حسبما",
    "بينما",
    "فيما",
    "اذ",
    "لما",
    "اثر",
    "عقب",
    "كي",
    "لكي",
    "حتى",
];

/// Whether the clause of the verb at token `lo` coordinates with it a plural perfect (see
/// [`is_coordinated_plural_perfect`]: `وأضرموا`, `واتهموه`) that `rewritten` left as written, past any quotation (more than three words in quotation marks: `يضيف "... واجهوا"`,
/// `لافتات كتب عليها "..."، ورددوا`). The clause ends at a relative, a complementizer, a
/// subordinator, a colon or a plural perfect without `و` (`لصوص سرقوا ... وفروا`: an
/// asyndetic relative clause). Not an imperfect (`كي ... وينالوا`) or `وليسوا`.
fn leaves_plural_perfect(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    rewritten: &[Rewrite],
) -> bool {
    // Before a verb of saying's `إن` such a verb is in its subject (`قالت صبية اختطفها مسلحو
    // التنظيم وباعوها ... إنها`), a relative clause of its own.
    let saying = speech::is_saying_verb(doc.norm(&toks[lo]));
    // Inside quotation marks, and whether what they hold is a quotation (its verbs are not
    // the subject's).
    let (mut quoted, mut quotation) = (false, false);
    for k in (lo + 1..toks.len()).filter(|&k| is_kept(keep, k)) {
        let t = &toks[k];
        let w = doc.norm(t);
        if w == "\"" {
            quoted = !quoted;
            quotation = quoted
                && toks[k + 1..]
                    .iter()
                    .take_while(|u| doc.norm(u) != "\"")
                    .filter(|u| u.kind.is_word())
                    .count()
                    > 3;
            continue;
        }
        if quotation {
            continue;
        }
        if RELATIVES.contains(&w)
            || COMPLEMENTIZERS.contains(&w)
            || SUBORDINATORS.contains(&w)
            || w == ":"
        {
            return false;
        }
        if t.kind != TokenKind::Arabic {
            continue;
        }
        if is_coordinated_plural_perfect(w) {
            if saying
                && toks[k + 1..]
                    .iter()
                    .any(|u| COMPLEMENTIZERS.contains(&doc.norm(u)))
            {
                return false;
            }
            if !rewritten.iter().any(|r| r.start < t.end && t.start < r.end) {
                return true;
            }
        } else if !w.starts_with('و') && w.ends_with("وا") && w.chars().count() >= 4 {
            return false;
        }
    }
    false
}

/// `و` and a plural perfect by its shape (normalized): a stem of three letters or more before
/// `وا` or before `و` and an object pronoun (`وأضرموا`, `وقتلوا`, `واعتبروه`, `وأجبروهم`),
/// not a noun with `ال`, an imperfect (`وينالوا`) or `وليسوا`.
fn is_coordinated_plural_perfect(w: &str) -> bool {
    w.strip_prefix('و').is_some_and(|v| {
        ["وا", "وه", "وها", "وهم", "وهما", "وهن"].iter().any(|end| {
            v.strip_suffix(end)
                .is_some_and(|stem| stem.chars().count() >= 3)
        }) && !v.starts_with("ال")
            && !v.starts_with('ي')
            && v != "ليسوا"
    })
}

/// Whether the subject after the verb at token `lo` opens with a plural of people (`يحذر
/// مسؤولو الصحة`, `يؤكد القادة الماليون`, `يهاجم ثلاثة أشخاص`, `يقتحم 3 مسلحين`, past a time:
/// `ينفذ اليوم الجمعة 17 مارس عمال`): its first word that is not a time, a month or a count.
fn subject_names_people_in_plural(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
) -> bool {
    let mut counted = false;
    for k in (lo + 1..toks.len()).filter(|&k| is_kept(keep, k)).take(8) {
        let w = doc.norm(&toks[k]);
        match toks[k].kind {
            TokenKind::Number => counted = true,
            TokenKind::Arabic if event::QUANTITIES.contains(&w) => counted = true,
            TokenKind::Arabic if speech::is_time_word(w) || MONTHS.contains(&w) => {}
            TokenKind::Arabic => {
                // After a count, a sound plural in the genitive (`3 مسلحين`).
                return tense::names_people_in_plural(w)
                    || counted && w.ends_with("ين") && w.chars().count() >= 5;
            }
            _ => return false,
        }
    }
    false
}

/// The present tense of each verb that a comma and `و` coordinate, in the clause opened by
/// the verb at token `lo`, with that verb (see [`present_tense_verbs`]): of `person` (`ي`
/// or `ت`, the opening verb's present's first letter), or with `plural` (the opening verb's
/// subject a plural of people) in the masculine plural, before any `إن`/`أن` (whose clause
/// has a subject of its own). Called once that verb is told in the present, so the sentence
/// does not say `أمس`.
fn coordinated_verbs(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    person: Option<char>,
    mut plural: bool,
) -> Vec<Rewrite> {
    let mut out = Vec::new();
    let mut prev: Option<usize> = None;
    // A listed verb with an object pronoun since the opening verb (`حفل نظمته الحركة`): an
    // asyndetic relative clause, whose own coordinated verb takes up its head again
    // (`، ودعت إليه`).
    let mut relative = false;
    // A bare complementizer seen (the speaker-first rule starts the scan at its own), and a
    // listed perfect after it (see below): the words after it that may be one are only
    // gathered here, and looked up when a coordinated verb needs the answer (looking each up
    // as it came had cost 2 % of a standfirst).
    let mut that = matches!(doc.norm(&toks[lo]), "ان" | "بان");
    let mut maybe_told: Vec<usize> = Vec::new();
    let mut told = false;
    // Inside a quotation the words are someone's own, in their tense (`"... وانتهى الأمر
    // باختطاف"`, `"... وهنا يجب"` had read `ويهنئ`). Marks pair in order, when they pair.
    let paired = toks
        .iter()
        .filter(|t| doc.norm(t) == "\"")
        .count()
        .is_multiple_of(2);
    let mut quoted = false;
    for k in lo + 1..toks.len() {
        let w = doc.norm(&toks[k]);
        if w == "«" || w == "»" || paired && w == "\"" {
            quoted = w == "«" || w == "\"" && !quoted;
        }
        if !is_kept(keep, k) || quoted {
            continue;
        }
        // A relative clause may run on to the coordinated verb (`الحكومة التي أعلنت ...،
        // وقررت`); but one whose verb is of the other gender does not take up a verb of the
        // opening verb's (`ينفي نتنياهو التهم التي وجهتها إليه الشرطة، وقال` → `ويقول`).
        if RELATIVES.contains(&w) {
            let other_gender = matches!(w, "الذي" | "التي")
                && person.is_some_and(|p| {
                    (k + 1..toks.len())
                        .find(|&j| is_kept(keep, j))
                        .filter(|&j| tense::is_listed_perfect(doc.original(&toks[j])))
                        .and_then(|j| tense::perfect_person(doc.norm(&toks[j])))
                        .is_some_and(|q| q != p)
                });
            if !other_gender {
                break;
            }
            continue;
        }
        plural &= !COMPLEMENTIZERS.contains(&w);
        // A subject of its own follows a bare `أن`/`إن`; `أنها`, `إنه` tell of the speaker.
        that |= matches!(w, "ان" | "بان");
        let after_comma = prev.is_some_and(|p| doc.norm(&toks[p]) == ",");
        prev = Some(k);
        let t = &toks[k];
        let original = doc.original(t);
        let Some(verb) = original.strip_prefix('و') else {
            relative |=
                t.kind == TokenKind::Arabic && tense::is_listed_perfect_with_object(original);
            if that && !told && t.kind == TokenKind::Arabic {
                maybe_told.push(k);
            }
            continue;
        };
        if !after_comma || t.kind != TokenKind::Arabic || verb.is_empty() {
            continue;
        }
        // After `أن`/`إن`, its own subject and a listed perfect, a verb that `و` joins goes on
        // telling what was said (`أعلنت الهيئة أن المحكمة ألغت الحكم، وقررت`: the court
        // decided), in its tense; after a clause without a listed verb it is the speaker's
        // again (`أعلنت الوزارة أن الوضع مستقر، ودعت`).
        // A verb of saying goes on with the speaker's words (`يقول إن المعارك انتهت، وأكد`).
        // Not a listed spelling after a preposition, a verbal noun's (`بشأن فرض`).
        told = told
            || maybe_told.drain(..).any(|j| {
                !governs_noun(doc.norm(&toks[j - 1]))
                    && tense::is_listed_perfect(doc.original(&toks[j]))
            });
        if told && !speech::is_saying_verb(doc.norm(t).strip_prefix('و').unwrap_or("")) {
            break;
        }
        let resumes = || {
            (k + 1..toks.len())
                .find(|&j| is_kept(keep, j))
                .is_some_and(|j| RESUMPTIVES.contains(&doc.norm(&toks[j])))
        };
        if relative && resumes() {
            break;
        }
        // The verb after `و` is judged like an opening one, its clause from there on; it
        // agrees with the opening verb, as the same subject's would (`قالت الوزارة إن ...،
        // ودعت`; not `قال الوزير إن الحكومة ...، وقررت`, the government's).
        let agrees = |r: &Rewrite| r.text.chars().next() == person;
        let from = t.end - verb.len();
        if let Some(r) = clause_present(doc, toks, keep, k, from).filter(agrees) {
            out.push(r);
        } else if plural && !main_clause_says_past(doc, &toks[k], &toks[k + 1..]) {
            out.extend(rewrite_word(doc, toks, keep, k, from, |w, following| {
                tense::present_plural(w, following.first().copied())
            }));
        }
    }
    out
}

/// A preposition with a pronoun right after a verb, taking up the head of a relative clause
/// (`حفل نظمته الحركة، ودعت إليه`), normalized.
const RESUMPTIVES: &[&str] = &[
    "اليه",
    "اليها",
    "فيه",
    "فيها",
    "عليه",
    "عليها",
    "منه",
    "منها",
    "عنه",
    "عنها",
    "له",
    "لها",
    "به",
    "بها",
];

/// The present tense of the verb that token `lo` (kept) holds from byte `from` on (see
/// [`CompressOptions::present_tense`]): past an opening conjunction the kept span starts
/// inside the token (`وقال` → `قال`).
fn present_tense_verb(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
) -> Option<Rewrite> {
    // A sentence that says `أمس` tells a past event; once the date is deleted (headlines),
    // the present is the headline's own tense for it.
    if toks
        .iter()
        .enumerate()
        .any(|(k, t)| is_kept(keep, k) && YESTERDAY.contains(&doc.norm(t)))
    {
        return None;
    }
    // A date the rules deleted before the opening verb dates it as one after it does (`في
    // أغسطس/آب 2016، فازت قطر` keeps `فازت`).
    if lo > 0
        && (0..lo).all(|k| !is_kept(keep, k))
        && main_clause_says_past(doc, &toks[lo], &toks[..lo])
    {
        return None;
    }
    clause_present(doc, toks, keep, lo, from)
}

/// [`present_tense_verb`] in a sentence known not to say `أمس`: only a main clause dated in
/// the past keeps the verb as written.
fn clause_present(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
) -> Option<Rewrite> {
    // The word test first: the clause scan is the costlier.
    if evacuates(doc, toks, keep, lo)
        || speaks_in_first_person(doc, toks, keep, lo)
        // (Past its `و`, `دعت` is read on its own: `، ودعت` → `، وتدعو`.)
        || from <= toks[lo].start && calls_to(doc, toks, keep, lo)
        || main_clause_says_past(doc, &toks[lo], toks.get(lo + 1..)?)
    {
        return None;
    }
    rewrite_word(doc, toks, keep, lo, from, |w, following| {
        let next = following.first().copied();
        present(w, next)
            .or_else(|| tense::present_with_object(w, next))
            .or_else(|| {
                // The kept words of its clause, read only for the verbs it knows.
                if !tense::reads_evidence(w) {
                    return None;
                }
                let words: Vec<&str> = (lo + 1..toks.len())
                    .filter(|&k| is_kept(keep, k))
                    .map(|k| &toks[k])
                    // Past the quotation marks of a name (`فندق "ريتز كارلتون" أبوابه`) and
                    // an apposition's commas (`عبر الوزير، مايك بومبيو، عن`).
                    .filter(|t| !matches!(doc.norm(t), "\"" | ","))
                    .take_while(|t| t.kind.is_word())
                    .map(|t| doc.norm(t))
                    // One more than it reads: `عن` at the limit is tested against `طريق`.
                    .take(tense::MAX_EVIDENCE_WORDS + 1)
                    .collect();
                tense::present_by_evidence(w, &words)
            })
    })
}

/// Whether token `lo` is `ودعت`/`ودعوا` ("and she called", `و` + `دعت`) with `إلى` later in
/// its sentence (`ودعت الحكومة الألمانية إلى اجتماع`), not `ودّعت` ("bade farewell", `ودعت
/// النجمة جمهورها`), whose present `تودع` it had been given; kept as written, as any
/// opening verb with its `و` is.
fn calls_to(doc: &Analysis<'_>, toks: &[AnalyzedToken], keep: Option<&[bool]>, lo: usize) -> bool {
    matches!(doc.norm(&toks[lo]), "ودعت" | "ودعوا" | "ودعتا")
        && (lo + 1..toks.len())
            .filter(|&k| is_kept(keep, k))
            .take(MAX_OPENING_CLAUSE_WORDS)
            .map(|k| doc.norm(&toks[k]))
            .take_while(|w| !matches!(*w, "." | "!" | "?"))
            .any(|w| w == "الي")
}

/// Words that only the first person says of itself (normalized): `أنني`, `إنني`, `أني`,
/// `معي`, `بنفسي`.
const FIRST_PERSON_WORDS: &[&str] = &["انني", "اني", "معي", "بنفسي"];

/// Most kept words after an opening verb read for its person or its `إلى`.
const MAX_OPENING_CLAUSE_WORDS: usize = 20;

/// Whether the opening perfect at token `lo` in `-ت` is the first person (`حاولت أن أؤدي`,
/// `عثرت على جروة وأحضرتها معي`): its present `تحاول` would be "she tries". No subject with
/// the article follows it (`أكدت الوزارة`), and before a full stop, a colon or a quotation
/// the clause says `أنني`/`معي`/..., `لم`/`لن`/`سوف` before a verb in `أ-`, or it opens
/// `أن` and a word in `أ-` that is no listed perfect (`قررت أن أترك`).
fn speaks_in_first_person(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
) -> bool {
    if !doc.original(&toks[lo]).ends_with('ت') {
        return false;
    }
    let kept = (lo + 1..toks.len()).filter(|&k| is_kept(keep, k));
    let Some(next) = kept.clone().next() else {
        return false;
    };
    if doc.norm(&toks[next]).starts_with("ال") {
        return false;
    }
    let mut prev: Option<usize> = None;
    for k in kept.take(MAX_OPENING_CLAUSE_WORDS) {
        let w = doc.norm(&toks[k]);
        if matches!(w, "." | ":" | "\"" | "!" | "?" | "؟") {
            return false;
        }
        if FIRST_PERSON_WORDS.contains(&w) {
            return true;
        }
        let o = doc.original(&toks[k]);
        if let Some(p) = prev {
            let before = doc.norm(&toks[p]);
            let that = p == next && doc.original(&toks[p]) == "أن";
            if o.starts_with('أ')
                && o.chars().count() >= 3
                && (matches!(before, "لم" | "لن" | "سوف") || that && !tense::is_listed_perfect(o))
            {
                return true;
            }
        }
        prev = Some(k);
    }
    false
}

/// Words for people moved out of a place (normalized): the object of `أجلت` "evacuated",
/// which is also `أجّلت` "postponed" unvowelled.
const EVACUEES: &[&str] = &[
    "سكان",
    "السكان",
    "سكانا",
    "المدنيين",
    "مدنيين",
    "رعايا",
    "رعاياها",
    "مواطنين",
    "المواطنين",
    "عائلات",
    "العائلات",
    "الاف",
    "مئات",
    "المئات",
    "عشرات",
    "العشرات",
    "شخص",
    "شخصا",
    "اشخاص",
    "الاشخاص",
    "جرحى",
    "الجرحى",
    "مصابين",
    "المصابين",
    "بحارا",
    "بحارة",
    "سياحا",
    "السياح",
    "تجارا",
    "الاجانب",
    "اجانب",
    "ركاب",
    "الركاب",
    "اطفال",
    "الاطفال",
    "مرضى",
    "المرضى",
    "سكانها",
];

/// Whether token `lo` is `أجلت` with people among the (up to eight) kept words after it,
/// before punctuation: "evacuated" (`أجلت السلطات 300 شخص`), which has no present of its own
/// in the table (`تؤجل` is "postpones").
fn evacuates(doc: &Analysis<'_>, toks: &[AnalyzedToken], keep: Option<&[bool]>, lo: usize) -> bool {
    let w = doc.norm(&toks[lo]);
    (w == "اجلت" || w == "واجلت")
        && (lo + 1..toks.len())
            .filter(|&k| is_kept(keep, k))
            .take(8)
            .take_while(|&k| toks[k].kind.is_word())
            .any(|k| {
                let u = doc.norm(&toks[k]);
                toks[k].kind == TokenKind::Number || EVACUEES.contains(&u)
            })
}

/// Whether token `k` is kept (`None`: all are).
fn is_kept(keep: Option<&[bool]>, k: usize) -> bool {
    keep.is_none_or(|keep| keep[k])
}

/// Token `lo` (kept, Arabic) from byte `from` on, written as `rewrite` says given the (up to
/// two) kept words that follow it before any punctuation.
fn rewrite_word(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
    rewrite: impl Fn(&str, &[&str]) -> Option<String>,
) -> Option<Rewrite> {
    let t = toks.get(lo)?;
    if t.kind != TokenKind::Arabic {
        return None;
    }
    // The next two kept words, past an opening quotation mark (`أعلن "تحالف دعم الشرعية"`),
    // up to punctuation.
    let kept_after = (lo + 1..toks.len())
        .filter(|&k| is_kept(keep, k))
        .skip_while(|&k| doc.norm(&toks[k]) == "\"");
    let mut following = [""; 2];
    let mut n = 0;
    for k in kept_after.take(2) {
        if !toks[k].kind.is_word() {
            break;
        }
        following[n] = doc.original(&toks[k]);
        n += 1;
    }
    let start = from.max(t.start);
    if start >= t.end {
        return None;
    }
    let text = rewrite(&doc.text()[start..t.end], &following[..n])?;
    Some(Rewrite {
        start,
        end: t.end,
        text,
    })
}

/// What `ذات` makes "once" or "one ..." (`ذات مرة`, `ذات يوم`, `ذات ليلة`), normalized.
const ONCE: &[&str] = &["مرة", "يوم", "يوما", "ليلة", "صباح", "مساء", "صيف", "شتاء"];

/// Ordinals of past centuries after `القرن` (normalized): the 1st to the 20th but the 11th,
/// whose `الحادي` is also the 21st's (`الثاني` alone: the 12th's `عشر` follows it).
const PAST_CENTURIES: &[&str] = &[
    "العشرين",
    "التاسع",
    "الثامن",
    "السابع",
    "السادس",
    "الخامس",
    "الرابع",
    "الثالث",
    "الثاني",
    "الاول",
    "العاشر",
];

/// Words for "at that time" and "later", "after it" (normalized).
const THEN: &[&str] = &[
    // "In olden times" (`شكلت الأشعار قديما نواة ...` had become `تشكل`).
    "قديما",
    "انذاك",
    "حينذاك",
    "حينئذ",
    "وقتذاك",
    "وقتئذ",
    "حينها",
    "وقتها",
    // "On that day" (`توج دي لويس يومها بجائزة` had become `يتوج`).
    "يومها",
    "لاحقا",
    "بعدها",
    "بعده",
];

/// Words that date an event in the past (`العام الماضي`, `في أكتوبر الماضي`).
const PAST_MARKS: &[&str] = &["الماضي", "الماضية", "الفائت", "الفائتة"];
/// The last century's decades from the thirties (normalized, both plurals): a time the
/// clause is set in. Not the twenties, which may be this century's.
const DECADES: &[&str] = &[
    "الثلاثينيات",
    "الثلاثينات",
    "الاربعينيات",
    "الاربعينات",
    "الخمسينيات",
    "الخمسينات",
    "الستينيات",
    "الستينات",
    "السبعينيات",
    "السبعينات",
    "الثمانينيات",
    "الثمانينات",
    "التسعينيات",
    "التسعينات",
];
/// Complementizers that open a clause of its own (normalized).
const COMPLEMENTIZERS: &[&str] = &["ان", "بان", "انه", "انها", "انهم", "انهما", "انهن"];

/// True when the clause after an opening verb dates it in the past (`أعلن ولي العهد في
/// أكتوبر الماضي`, `دفع كوسبي تسوية في عام 2006`): its present would contradict the date.
/// The clause ends at a comma, a complementizer, a relative pronoun or another listed verb's
/// perfect (`يقول ... إنه لم يكتب رسالة في عام 2015`, `تتهم ... طائرة أسقطتها قبل شهرين`
/// tell the saying and the accusing in the present rightly).
fn main_clause_says_past(doc: &Analysis<'_>, verb: &AnalyzedToken, rest: &[AnalyzedToken]) -> bool {
    // `تمكن أردوغان قبل سنة من تمرير`: the `من` after the length of time is the verb's own.
    let own_min = speech::achieved_with(doc.norm(verb)) == Some("من");
    // A count of times (`12 مرة`) since then (`منذ 2011`, `منذ بدء الصراع`) is told in the
    // past, each time an event; a state since then stays present (`يسيطر الحوثيون منذ
    // 2014`), and so does a first time (`لأول مرة منذ`).
    let mut counted = false;
    let mut said = false;
    let mut quoted = false;
    // The two words before each one: `في` + year, `في عام` + year.
    let (mut before, mut before2) = ("", "");
    for (i, t) in rest.iter().enumerate() {
        let w = doc.norm(t);
        // A date opening the sentence (`وفي مايو 2016،`) reads as one after `في`.
        let w = if i == 0 && w == "وفي" { "في" } else { w };
        counted |= matches!(w, "مرة" | "مرات")
            && (i > 0 && (rest[i - 1].kind == TokenKind::Number || COUNT_WORDS.contains(&before)));
        if counted && w == "منذ" {
            return true;
        }
        // A second finite verb opens a clause of its own too, an asyndetic relative one
        // (`تتهم ... طائرة أسقطتها قبل نحو شهرين`) or a circumstance; not the word right after
        // the verb, its subject (`انخفضت أسهم الشركة`: `أسهم` is "shares"). "Later" (`في وقت
        // لاحق`, `فيما بعد`), as `لاحقا` is, is read first: the clause test takes `لاحق` for a
        // perfect ("pursued") and `فيما` for "whereas".
        let later = before2 == "في" && before == "وقت" && w == "لاحق"
            || w == "فيما" && rest.get(i + 1).is_some_and(|n| doc.norm(n) == "بعد");
        if later && !said && !quoted {
            return true;
        }
        let subject =
            i == 0 && t.kind == TokenKind::Arabic && tense::is_listed_perfect(doc.original(t));
        if opens_own_clause(doc, t) && !subject {
            return false;
        }
        if w == "," {
            return closes_with_past_date(doc, &rest[i..])
                || !said && dated_insertion(doc, &rest[i..]);
        }
        // After a colon, what was said or listed has begun.
        said |= w == ":";
        // Inside a quotation (a name in quotation marks closes its own).
        quoted ^= w == "\"";
        // `قبل 13 عاما`, `قبل ستة أشهر`, `قبل نحو 20 عاما`, `قبل يومين` ("ago"), not `قبل
        // أيام من الانتخابات` ("before").
        let ago = DURATIONS.contains(&w)
            && follows_qabl(doc, &rest[..i])
            && (own_min || rest.get(i + 1).is_none_or(|next| doc.norm(next) != "من"));
        // `منذ قليل`, `قبل لحظات`: "a while ago", "moments ago"; `في وقت سابق`: "earlier"
        // (not `سابقا`, mostly "former": `المصنفة الأولى عالميا سابقا`).
        let lately = matches!(w, "قليل" | "لحظات") && matches!(before, "منذ" | "قبل")
            || w == "سابق" && before == "وقت" && before2 == "في";
        // `ذات مرة`, `ذات يوم` ("once", "one day"), `آنذاك`, `حينها`, `في ذلك الوقت` ("at the
        // time"), `لاحقا` ("later"), `بعد ذلك`, `قبل الميلاد` ("BC") tell of a past the present would
        // contradict (`قال غولر ذات مرة`); not in a quotation, which they date instead (`أضاف
        // "اقتنعت بها لاحقا"`).
        let then = before == "ذات" && ONCE.contains(&w)
            || THEN.contains(&w)
            || before == "بعد" && w == "ذلك"
            // `في ذلك الوقت`, `في ذلك الحين` ("at the time"), not `في الوقت ذاته` ("meanwhile").
            || before2 == "في" && before == "ذلك" && matches!(w, "الوقت" | "الحين")
            // "At first" (`في البداية`, `أول الأمر`, `في بادئ الأمر`): what came after has
            // happened too (`انخفضت أسهم فيسبوك في البداية` had become `تنخفض`).
            || before == "في" && w == "البداية"
            || w == "الامر" && matches!(before, "اول" | "بادئ" | "بادي" | "بداية")
            || before == "قبل" && w == "الميلاد"
            // A past century the clause is set in (`في القرن العشرين`, `في أوائل القرن
            // العشرين`, `من القرن العشرين`), not one it refers to (`قانون يعود إلى القرن الثامن
            // عشر`, `منذ القرن`).
            || before == "القرن"
                && PAST_CENTURIES.contains(&w)
                && matches!(
                    before2,
                    "في" | "من" | "اوائل" | "مطلع" | "بدايات" | "بداية" | "منتصف" | "اواخر" | "نهاية"
                );
        // A past decade the clause is set in (`بدأ نضاله السياسي في التسعينيات`, `في أواخر
        // الثمانينات`), not an age (`امرأة في الأربعينيات من عمرها`).
        let decade = DECADES.contains(&w)
            && (before == "في"
                || before2 == "في"
                    && matches!(
                        before,
                        "اوائل" | "اواخر" | "منتصف" | "مطلع" | "بداية" | "نهاية"
                    ))
            && !(rest.get(i + 1).is_some_and(|n| doc.norm(n) == "من")
                && rest.get(i + 2).is_some_and(|n| doc.norm(n).contains("عمر")));
        if (then || decade) && !said && !quoted {
            return true;
        }
        if ago
            || lately
            || PAST_MARKS.contains(&w)
            // `في 2014`, `في عام 1770`; `حتى عام 1973` ("until", of history only: `جدد عقده
            // حتى عام 2020` is news).
            || ((is_year(w) || is_old_year(w))
                && (before == "في"
                    || before2 == "في" && YEAR_NOUNS.contains(&before)
                    || in_a_dated_month(doc, &rest[..i])
                    // `في 17 مايو من عام 1990`.
                    || before2 == "من"
                        && YEAR_NOUNS.contains(&before)
                        && in_a_dated_month(doc, &rest[..i - 2])))
            || is_old_year(w)
                && (before == "حتي" || before2 == "حتي" && YEAR_NOUNS.contains(&before))
            // A year right after the verb (`انطلقت عام 2004 في سويسرا`, `دخل عام 1988، عالم
            // السياسة`), no noun before it to date instead: the verb's own date, of any year.
            || (is_year(w) || is_old_year(w))
                && i == 1
                && matches!(before, "عام" | "سنة")
            // Between two years of history (`درست القانون بين عامي 1983 و1987`).
            || is_old_year(w) && before == "عامي" && before2 == "بين"
            // A bare `عام 1942` before 1990 (`تسقط سنغافورة في أيدي اليابانيين عام 1942`),
            // not the year of a noun before it (`حدود عام 1967`, `حرب عام 1973`) nor since
            // then (`منذ عام 1979`: a state that holds).
            || is_past_year(w)
                && YEAR_NOUNS.contains(&before)
                && i >= 2
                // Nor the year of a charge (`أنكر تهمة التحرش بامرأة عام 2006`): it dates the
                // act alleged, the denial or trial is the news.
                && !rest[..i].iter().any(|t| CHARGES.contains(&doc.norm(t)))
                && rest[i - 2].kind == TokenKind::Arabic
                && !YEAR_DATED_NOUNS.contains(&before2)
                && !matches!(before2, "منذ" | "من" | "الي" | "بين" | "بحلول" | "عن")
                // Nor a year closing an insertion that the clause's complement follows
                // (`تحصل أسرة المقرحي المدان في اعتداء لوكربي عام 1988، على إعادة النظر`).
                && !(rest.get(i + 1).is_some_and(|n| doc.norm(n) == ",")
                    && rest.get(i + 2).is_some_and(|n| {
                        matches!(doc.norm(n), "علي" | "في" | "من" | "الي" | "عن" | "مع")
                    }))
        {
            return true;
        }
        (before2, before) = (before, w);
    }
    false
}

/// True when `w` (normalized digits) is a year from 1000 to 2009: past for any article of
/// the 2010s on (`ظهرت في حفل عام 1998`).
fn is_past_year(w: &str) -> bool {
    is_old_year(w)
        || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && ("1990".."2010").contains(&w)
}

/// Words of a charge (normalized): a year after one dates the act alleged.
const CHARGES: &[&str] = &[
    "تهمة",
    "بتهمة",
    "تهم",
    "بتهم",
    "التهم",
    "اتهام",
    "اتهامات",
    "الاتهامات",
    "باتهامات",
];

/// Nouns a year after `عام` dates rather than the clause (normalized, with and without the
/// article): `حدود عام 1967`, `حرب عام 1973`, `ثورة عام 1952`.
const YEAR_DATED_NOUNS: &[&str] = &[
    "حدود",
    "حرب",
    "الحرب",
    "ثورة",
    "الثورة",
    "نكبة",
    "النكبة",
    "نكسة",
    "النكسة",
    "انتخابات",
    "الانتخابات",
    "دستور",
    "الدستور",
    "اتفاقية",
    "الاتفاقية",
    "اتفاق",
    "الاتفاق",
    "معاهدة",
    "المعاهدة",
    "قرار",
    "القرار",
    "مجزرة",
    "المجزرة",
    "كاس",
    "بطولة",
    "البطولة",
    "دورة",
    "الدورة",
    "اولمبياد",
    "نسخة",
    "النسخة",
    "مونديال",
    "المونديال",
    "انقلاب",
    "الانقلاب",
    "غزو",
    "الغزو",
    "احداث",
    "الاحداث",
    "حادث",
    "الحادث",
    "هجمات",
    "الهجمات",
    "زلزال",
    "الزلزال",
    "فيضانات",
    "موسم",
    "الموسم",
    "دفعة",
    "مواليد",
    "جيل",
    "الجيل",
    "خطة",
    "قانون",
    "القانون",
    "ازمة",
    "الازمة",
    "استفتاء",
    "الاستفتاء",
    "ميثاق",
    "اعلان",
    "مؤتمر",
    "المؤتمر",
    "قمة",
    "القمة",
    "فيلم",
    "الفيلم",
    "رواية",
    "كتاب",
    "اغنية",
    "البوم",
    "انتفاضة",
    "الانتفاضة",
    "تمرد",
    "التمرد",
    "مذبحة",
    "المذبحة",
    "كارثة",
    "الكارثة",
];

/// True when `before` ends in `في` and a month, with a day and the month's other name
/// (`في 24 أكتوبر/تشرين الأول`, `في مايو`): a year after it dates the clause.
fn in_a_dated_month(doc: &Analysis<'_>, before: &[AnalyzedToken]) -> bool {
    let month_like = |t: &AnalyzedToken| {
        let w = doc.norm(t);
        w == "/" || MONTHS.contains(&w) || may_be_month_ordinal(w)
    };
    let run = before.iter().rev().take_while(|t| month_like(t)).count();
    let names = &before[before.len() - run..];
    // The run's first month; a run of marks alone is no month.
    let Some(first) = names.iter().position(|t| MONTHS.contains(&doc.norm(t))) else {
        return false;
    };
    let mut lead = before.len() - run + first;
    // `في 22 من أبريل/نيسان 2018`: the day's `من` before the month.
    if lead > 0 && doc.norm(&before[lead - 1]) == "من" {
        lead -= 1;
    }
    before[..lead]
        .iter()
        .rev()
        .take(2)
        .any(|t| matches!(doc.norm(t), "في" | "وفي"))
}

/// True when what follows a comma, with no clause of its own opening before it, is the
/// sentence's last part and a date in the past (`أصدرت السلطات مذكرة اعتقال بحق الأميرة،
/// نجلة العاهل، في أواخر ديسمبر الماضي.`): it dates the main verb.
fn closes_with_past_date(doc: &Analysis<'_>, from_comma: &[AnalyzedToken]) -> bool {
    let last = from_comma
        .iter()
        .rposition(|t| doc.norm(t) == ",")
        .unwrap_or(0);
    if from_comma[..last].iter().any(|t| opens_own_clause(doc, t)) {
        return false;
    }
    let mut tail = from_comma[last + 1..]
        .iter()
        .map(|t| doc.norm(t))
        .filter(|w| !matches!(*w, "." | "!" | "/"));
    tail.next() == Some("في")
        && tail
            .enumerate()
            .last()
            .is_some_and(|(i, w)| i < 6 && PAST_MARKS.contains(&w))
}

/// Whether token `t` opens a clause of its own (a complementizer, a relative, a listed verb's
/// perfect): a date after it may be that clause's, not the main verb's.
fn opens_own_clause(doc: &Analysis<'_>, t: &AnalyzedToken) -> bool {
    // With `و` too (`والذي قتل فيه`, `وأن`).
    bare_or_conjoined(doc.norm(t), |w| {
        COMPLEMENTIZERS.contains(&w) || RELATIVES.contains(&w)
    }) || t.kind == TokenKind::Arabic && tense::is_listed_perfect(doc.original(t))
}

/// Nouns for a year before it (`في عام 2014`), normalized.
const YEAR_NOUNS: &[&str] = &["عام", "العام", "سنة"];

/// True when, before any clause of its own opens, one of the (three) parts between commas
/// from `from_comma` on is a year alone (`تولى فيرون، منصب رئاسة النادي، في عام 2014، بعد
/// أن`): an insertion that dates the main verb.
fn dated_insertion(doc: &Analysis<'_>, from_comma: &[AnalyzedToken]) -> bool {
    // The next three parts at most, up to a colon: further on, a year is another clause's.
    let upto = from_comma
        .iter()
        .position(|t| doc.norm(t) == ":")
        .unwrap_or(from_comma.len());
    for part in from_comma[..upto]
        .split(|t| doc.norm(t) == ",")
        .skip(1)
        .take(3)
    {
        // Its words, but for a full stop or `!`: a year alone is two or three of them.
        let mut words = part
            .iter()
            .map(|t| doc.norm(t))
            .filter(|w| !matches!(*w, "." | "!"));
        let year = match (words.next(), words.next(), words.next(), words.next()) {
            (Some("في" | "عام"), Some(y), None, _) => is_year(y),
            (Some("في"), Some(n), Some(y), None) => YEAR_NOUNS.contains(&n) && is_year(y),
            _ => false,
        };
        if year {
            return true;
        }
        if part.iter().any(|t| opens_own_clause(doc, t)) {
            return false;
        }
    }
    false
}

/// True when `before` ends in `قبل`, alone or with up to three words of a count after it
/// (`قبل`, `قبل 13`, `قبل ستة`, `قبل نحو 20`).
fn follows_qabl(doc: &Analysis<'_>, before: &[AnalyzedToken]) -> bool {
    let counts = before
        .iter()
        .rev()
        .take(3)
        .take_while(|t| t.kind == TokenKind::Number || COUNT_WORDS.contains(&doc.norm(t)))
        .count();
    before
        .len()
        .checked_sub(counts + 1)
        .is_some_and(|j| doc.norm(&before[j]) == "قبل")
}

/// A year written in digits (`1990`, `2018`), normalized.
fn is_year(w: &str) -> bool {
    w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
}

/// True when `w` (normalized digits) is a year from 1000 to 1989 (`في عام 1770`).
fn is_old_year(w: &str) -> bool {
    w.len() == 4 && w.starts_with('1') && w.bytes().all(|b| b.is_ascii_digit()) && w < "1990"
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

/// Whether word token `k` is written against a kept word before it with no space between, or
/// with only joining marks between (`-`, `/`, `_`, `+`), so that both are one word on the page.
/// Not a full stop: a missing space after one (`إلى نوح.و تعني`) is a sentence's end.
fn glued_to_kept_word(toks: &[AnalyzedToken], norm: &[&str], keep: &[bool], k: usize) -> bool {
    let mut j = k;
    while j > 0 && keep[j - 1] && toks[j - 1].end == toks[j].start {
        j -= 1;
        if toks[j].kind.is_word() {
            return true;
        }
        if !matches!(norm[j], "-" | "/" | "_" | "+" | "–") {
            return false;
        }
    }
    false
}

/// The last kept token before token `k`.
fn last_kept_before(keep: &[bool], k: usize) -> Option<usize> {
    keep[..k].iter().rposition(|&x| x)
}

/// How many words from token `k` on complete the number kept right before it, so that a cut
/// at the word limit does not part them: the word it counts (`92 | عاما`, `3 | أشخاص`),
/// `في المئة`, or a magnitude and what it counts (`5.2 | مليار دولار`, `5.2 مليار | دولار`);
/// none after a year, before a month, a function word or a coordinated verb (`ستة | وأصيب`).
fn completes_number(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &[bool],
    k: usize,
) -> usize {
    let kept_before = |k: usize| last_kept_before(keep, k);
    let Some(prev) = kept_before(k) else {
        return 0;
    };
    // A number in digits (not a year) or in words (`ثلاث | سنوات`, `عشرات | الجنود`).
    let number = |j: usize| match toks[j].kind {
        TokenKind::Number => !is_year(norm[j]),
        TokenKind::Arabic => is_numeral_word(norm[j]),
        _ => false,
    };
    let per_cent = |j: usize| {
        toks.get(j).is_some_and(|t| t.kind == TokenKind::Arabic)
            && matches!(norm[j], "المئة" | "المائة")
    };
    // `2.5 في | المائة`.
    if per_cent(k) && norm[prev] == "في" && kept_before(prev).is_some_and(number) {
        return 1;
    }
    // `5.2 مليار | دولار`: a magnitude after a number is the number's.
    let magnitude = |j: usize| toks[j].kind == TokenKind::Arabic && MAGNITUDES.contains(&norm[j]);
    let counted = |j: usize| {
        toks.get(j).is_some_and(|t| t.kind == TokenKind::Arabic)
            && !mujaz_text::is_stop_word(norm[j])
            && !is_month_at(toks, norm, j)
            && !opens_coordinated_verb(doc.original(&toks[j]), norm[j])
    };
    if !(number(prev) || magnitude(prev) && kept_before(prev).is_some_and(number))
        || toks[k].kind != TokenKind::Arabic
        || is_month_at(toks, norm, k)
    {
        return 0;
    }
    if norm[k] == "في" && per_cent(k + 1) {
        2
    } else if number(prev) && magnitude(k) {
        // `5.2 | مليار دولار`.
        1 + usize::from(counted(k + 1))
    } else {
        usize::from(counted(k))
    }
}

/// How many words from token `k` on complete a score or a vote cut after its `مقابل` (`بثلاثة
/// أهداف مقابل | هدف`, `بأغلبية 25 صوتا مقابل | 20`, `مقابل | لا شيء`): without them the
/// headline gives half a result.
fn completes_score(toks: &[AnalyzedToken], norm: &[&str], keep: &[bool], k: usize) -> usize {
    let kept_before = |k: usize| last_kept_before(keep, k);
    let Some(against) = kept_before(k).filter(|&j| norm[j] == "مقابل") else {
        return 0;
    };
    let counted = kept_before(against).is_some_and(|j| {
        toks[j].kind == TokenKind::Number && !is_year(norm[j])
            || matches!(
                norm[j],
                "هدف"
                    | "بهدف"
                    | "هدفا"
                    | "هدفين"
                    | "بهدفين"
                    | "اهداف"
                    | "صوتا"
                    | "صوت"
                    | "اصوات"
                    | "نقطة"
                    | "نقاط"
            )
    });
    if !counted {
        return 0;
    }
    match (toks[k].kind, norm[k]) {
        (TokenKind::Number, _) | (_, "هدف" | "هدفين") => 1,
        (_, "لا") if norm.get(k + 1).is_some_and(|w| *w == "شيء") => 2,
        _ => 0,
    }
}

/// Names and terms of two words (normalized) whose second word is an adjective or completes
/// the first (`مواقع التواصل | الاجتماعي`, `البيت | الأبيض`, `إطلاق | النار`): the first alone
/// names nothing, or something else.
const TWO_WORD_NAMES: &[(&str, &[&str])] = &[
    ("التواصل", &["الاجتماعي"]),
    ("البيت", &["الابيض"]),
    ("الشرق", &["الاوسط", "الادني", "الاقصي"]),
    ("كوريا", &["الشمالية", "الجنوبية"]),
    (
        "الاتحاد",
        &["الاوروبي", "الاوربي", "السوفييتي", "السوفيتي", "الافريقي"],
    ),
    ("حقوق", &["الانسان"]),
    ("المملكة", &["المتحدة", "العربية"]),
    ("الولايات", &["المتحدة"]),
    // `المملكة العربية | السعودية`, and after `المملكة |` the rest of it.
    ("العربية", &["السعودية"]),
    ("الامم", &["المتحدة"]),
    ("ابطال", &["اوروبا", "اسيا", "افريقيا"]),
    ("كرة", &["القدم", "السلة", "اليد", "الطائرة"]),
    // `وقف إطلاق | النار` "ceasefire".
    ("اطلاق", &["النار"]),
    // A time and the word that places it (`ثمانينيات القرن | الماضي`, `الأسبوع | المقبل`):
    // the noun alone is no time.
    (
        "القرن",
        &["الماضي", "الحالي", "الحادي", "العشرين", "التاسع"],
    ),
    (
        "الاسبوع",
        &["الماضي", "المقبل", "الجاري", "الحالي", "المنصرم"],
    ),
    (
        "الشهر",
        &["الماضي", "المقبل", "الجاري", "الحالي", "المنصرم"],
    ),
    (
        "العام",
        &["الماضي", "المقبل", "الجاري", "الحالي", "المنصرم"],
    ),
];

/// How many words from token `k` on complete a [two-word name](TWO_WORD_NAMES) whose first
/// word is kept right before it (`على مواقع التواصل | الاجتماعي`; `المملكة | العربية
/// السعودية` takes two), or a name the article keeps whole ([`repeated_name_rest`]: `جاكوب |
/// زوما`): a cut at the word limit does not leave half a name.
fn completes_name(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &[bool],
    k: usize,
) -> usize {
    let arabic = |j: usize| toks.get(j).is_some_and(|t| t.kind == TokenKind::Arabic);
    let Some(head) = last_kept_before(keep, k).filter(|&j| arabic(j)) else {
        return 0;
    };
    let listed = |w: &str, next: &str| {
        TWO_WORD_NAMES
            .iter()
            .any(|(first, seconds)| written_with_proclitics(w, first) && seconds.contains(&next))
    };
    if !arabic(k) {
        0
    } else if listed(norm[head], norm[k]) {
        // On while the pairs are listed: `المملكة | العربية السعودية` takes two.
        1 + (k..)
            .take_while(|&j| arabic(j + 1) && listed(norm[j], norm[j + 1]))
            .count()
    } else if head + 1 == k {
        // With a preposition or `و` on it too (`للرئيس | دونالد ترامب`, `والمدرب | ...`).
        let titled = if TITLES_AFTER_NAMES
            .iter()
            .any(|t| written_with_proclitics(norm[head], t))
        {
            titled_name_rest(doc, toks, norm, k)
        } else {
            0
        };
        titled.max(repeated_name_rest(doc, toks, norm, head))
    } else {
        0
    }
}

/// Whether token `k` is the dash or bullet that marks a list's first item on a line of its own
/// after the list's introduction and its colon (`أهم القرارات:` / `- رفع الإنفاق ...`), which the
/// sentence splitter joins into one sentence.
fn marks_list_item(doc: &Analysis<'_>, toks: &[AnalyzedToken], k: usize) -> bool {
    k > 0
        && is_bullet(doc, &toks[k])
        && doc.norm(&toks[k - 1]) == ":"
        && doc.text()[toks[k - 1].end..toks[k].start].contains(mujaz_text::chars::is_line_break)
}

/// Whether token `t` of the article is one of the sentence's `toks` (by its bytes).
fn in_sentence(toks: &[AnalyzedToken], t: &AnalyzedToken) -> bool {
    toks.first()
        .zip(toks.last())
        .is_some_and(|(a, b)| t.start >= a.start && t.end <= b.end)
}

/// Most words of a name that [`titled_name_rest`] adds past the limit.
const MAX_TITLED_NAME: usize = 3;

/// How many words from token `k` name whom the title kept right before it stands for
/// (`برحيل الرئيس | بشار الأسد`, `قطعه الرئيس | الفرنسي إيمانويل ماكرون`): up to the first
/// word the article also writes outside this sentence (`الأسد`, `ماكرون`; `الأمريكي`, which
/// ends `الرئيس الأمريكي` well enough), over words that are no function words, times or
/// verbs; none when no such word comes within [`MAX_TITLED_NAME`].
fn titled_name_rest(doc: &Analysis<'_>, toks: &[AnalyzedToken], norm: &[&str], k: usize) -> usize {
    let elsewhere = |w: &str| {
        doc.tokens()
            .iter()
            .any(|t| !in_sentence(toks, t) && doc.norm(t) == w)
    };
    for (n, j) in (k..toks.len()).take(MAX_TITLED_NAME).enumerate() {
        let w = norm[j];
        if toks[j].kind != TokenKind::Arabic
            || mujaz_text::is_stop_word(w)
            || is_time_noun(w)
            || tense::is_listed_verb(doc.original(&toks[j]))
        {
            return 0;
        }
        if elsewhere(w) {
            return n + 1;
        }
    }
    0
}

/// Whether the comma at token `k` stands between a clause's subject and its verb (`أن
/// الرئيس الفلبيني رودريغو دوتيرتي، كلف المكتب`, `التصريحات التي أدلى بها جون بولتن، مستشار
/// الأمن القومي، تظهر`): the clause, back to the speaker's colon, a complementizer or the
/// first kept word, opens with a noun (with the article, or any after a bare `أن` or the
/// colon; no pronoun), is no subordinate clause and has no verb of its own but in a relative
/// clause, and a listed verb without a conjunction follows the comma (not `قال`, which opens a
/// clause of its own). A cut there would leave a subject that says nothing.
fn parts_subject_from_verb(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &[bool],
    k: usize,
    speaker_end: Option<usize>,
) -> bool {
    let Some(next) = (k + 1..toks.len()).find(|&j| keep[j]) else {
        return false;
    };
    if toks[next].kind != TokenKind::Arabic
        || norm[next] == "مثل"
        || !tense::is_listed_verb(doc.original(&toks[next]))
    {
        return false;
    }
    let floor = speaker_end.map_or(0, |e| e + 1);
    let Some(start) = (floor..k)
        .rev()
        .filter(|&j| keep[j])
        .take_while(|&j| !COMPLEMENTIZERS.contains(&norm[j]))
        .last()
    else {
        return false;
    };
    // A subordinate clause, opened by `بعد أن`, `رغم أن`, `من أن` (`على الرغم من أن`) or a
    // subordinator before it (`وفي حين قد يقول البعض إن ...،`, `وعندما أبلغها ...،`): its
    // comma is where the main clause begins.
    let before_that = start
        .checked_sub(1)
        .filter(|&c| COMPLEMENTIZERS.contains(&norm[c]))
        .and_then(|c| (0..c).rev().find(|&j| keep[j]));
    let subordinate = before_that.is_some_and(|j| {
        bare_or_conjoined(norm[j], |w| {
            matches!(w, "بعد" | "قبل" | "حين" | "رغم" | "برغم" | "من" | "منذ")
        })
    }) || (0..start)
        .any(|j| keep[j] && bare_or_conjoined(norm[j], |w| SUBORDINATORS_OF_A_CLAUSE.contains(&w)));
    let relative = (start..k)
        .find(|&j| keep[j] && RELATIVES.contains(&norm[j]))
        .unwrap_or(k);
    // After a bare `أن` or a speaker's colon a noun opens the clause, with the article or not
    // (`أن قائد الشرطة`); elsewhere only the article tells it. Not after `أن` with a pronoun
    // (`إنه خلال ...،`: a frame comes first).
    let after_that = speaker_end.is_some() && start == floor
        || start
            .checked_sub(1)
            .is_some_and(|c| matches!(norm[c], "ان" | "بان"));
    toks[start].kind == TokenKind::Arabic
        && (after_that || norm[start].starts_with("ال"))
        && !subordinate
        && !mujaz_text::is_stop_word(norm[start])
        && !matches!(norm[start], "نحن" | "انا" | "هو" | "هي" | "هم" | "انت" | "انتم")
        && !norm[start].ends_with("وا")
        // `، قال فيها`, `، قالت الصحيفة`: saying opens a clause of its own.
        && !matches!(norm[next], "قال" | "قالت")
        && !(start..relative).any(|j| {
            keep[j]
                && toks[j].kind == TokenKind::Arabic
                && (tense::is_listed_verb(doc.original(&toks[j])) || TAMMA.contains(&norm[j]))
        })
}

/// Words (normalized) that, anywhere before a clause, make it subordinate for
/// [`parts_subject_from_verb`]. Narrower than [`SUBORDINATORS`]: `بعد`, `قبل`, `حيث`, `كما`
/// are prepositions or adverbs as often, and count there only right before `أن`.
const SUBORDINATORS_OF_A_CLAUSE: &[&str] =
    &["حين", "عندما", "بينما", "لما", "اذا", "لو", "رغم", "كلما"];

/// `على حد ...` "as ... put it" (normalized), with a pronoun: what headlines drop.
const AS_PUT: &[&str] = &[
    "تعبيره",
    "تعبيرها",
    "تعبيرهم",
    "قوله",
    "قولها",
    "قولهم",
    "وصفه",
    "وصفها",
    "وصفهم",
];

/// The participle of saying or verb of saying tied by `و` (`مشيرا`, `مضيفة`, `وأشار`, `وقال`,
/// with `إلى` or not, then `أن`/`إن`) that opens the last statement kept before a cut at token
/// `k`, when fewer than [`MIN_WORDS_OF_ADDED_STATEMENT`] of its words were kept and at least
/// [`MIN_WORDS_BEFORE_ADDED_STATEMENT`] come before it: cut short, what it adds says nothing
/// whole.
fn cut_added_statement(
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &[bool],
    k: usize,
) -> Option<usize> {
    let kept = |from: usize, to: usize| (from..to).filter(move |&j| keep[j]);
    // `قائلا` tells what the verb before it said (`ووصف الرئيس قائلا إنه "أخي"`): not added.
    let at = kept(0, k)
        .rev()
        .find(|&j| speech::opens_statement(norm[j]) && !matches!(norm[j], "قائلا" | "قائلة"))?;
    let mut rest = kept(at + 1, k);
    let mut next = rest.next();
    if next.is_some_and(|j| norm[j] == "الي") {
        next = rest.next();
    }
    let that = next.filter(|&j| COMPLEMENTIZERS.contains(&norm[j]))?;
    let words = |from: usize, to: usize| kept(from, to).filter(|&j| toks[j].kind.is_word()).count();
    (words(that + 1, k) < MIN_WORDS_OF_ADDED_STATEMENT
        && words(0, at) >= MIN_WORDS_BEFORE_ADDED_STATEMENT)
        .then_some(at)
}

/// Fewest words after its `أن` that a statement [cut short](cut_added_statement) keeps to stay.
const MIN_WORDS_OF_ADDED_STATEMENT: usize = 4;

/// Fewest words a headline keeps before a statement [cut short](cut_added_statement) goes.
const MIN_WORDS_BEFORE_ADDED_STATEMENT: usize = 6;

/// Fewest words after a [held comma](parts_subject_from_verb), its verb counted, that a
/// cut at the word limit may leave.
const MIN_WORDS_AFTER_HELD_COMMA: usize = 2;

/// Longest rest of a name that [`completes_name`] adds past the limit.
const MAX_NAME_REST: usize = 2;

/// How many words after token `head` complete a name the article keeps whole, pair by pair
/// ([`fixed_pair_in_article`]): `جاكوب | زوما`, `باريس | سان جيرمان`. None when the name runs
/// on past [`MAX_NAME_REST`] words (`التركي | رجب طيب أردوغان`): the limit would be no limit.
fn repeated_name_rest(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    head: usize,
) -> usize {
    let pair = |j: usize| {
        toks.get(j + 1).is_some_and(|t| t.kind == TokenKind::Arabic)
            && fixed_pair_in_article(doc, norm[j], norm[j + 1])
    };
    let rest = (head..)
        .take_while(|&j| pair(j))
        .take(MAX_NAME_REST + 1)
        .count();
    if rest > MAX_NAME_REST {
        0
    } else {
        rest
    }
}

/// Whether the article writes `first` (normalized) only before `second`, and the two together
/// at least twice in different places: a name or a term the article keeps whole (`جاكوب
/// زوما`, `قطاع غزة`, `باريس سان جيرمان`), which a cut must not part. Function words on
/// either side are phrases' glue, not names (`الحصول على`); a sentence the article repeats
/// (a lead given twice) repeats every pair in it, so the pair must stand among other words
/// at least once.
fn fixed_pair_in_article(doc: &Analysis<'_>, first: &str, second: &str) -> bool {
    let content = |w: &str| {
        !mujaz_text::is_stop_word(w)
            && !is_announcer(w)
            && !CUT_ANNOUNCERS.contains(&w)
            && !GOVERNORS.contains(&w)
            // `من`/`ما` with a preposition: "of those who", "as".
            && !matches!(w, "ممن" | "عمن" | "كما" | "مثلما")
    };
    // A verb or a time after a noun opens what follows (`انفجار | استهدف`, `مليون برميل |
    // الأسبوع الماضي`), whatever the article repeats; but after a definite noun `العام` is
    // "public", "general" (`الأمين العام`, `الدين العام`).
    // Told from the article's own spelling of it: the verb lists and shapes read words as
    // written (normalized, `نفى` and `يرى` end in `ي` and are no listed verb).
    let adjective = second == "العام" && first.starts_with("ال");
    let verb_or_time = |written: &str| {
        tense::is_listed_verb(written)
            || opens_coordinated_verb(written, second)
            || second.ends_with("وا")
            || is_time_noun(second) && !adjective
    };
    if !(content(first) && content(second)) {
        return false;
    }
    let all = doc.tokens();
    let word = |j: Option<usize>| j.and_then(|j| all.get(j)).map_or("", |t| doc.norm(t));
    // Three tokens on either side: the middle of a long name has the same neighbours every
    // time (`رجب | طيب` before `أردوغان`), a repeated sentence has the same words further out.
    let around = |j: usize| {
        let at = |d: isize| word(j.checked_add_signed(d));
        [at(-3), at(-2), at(-1), at(2), at(3), at(4)]
    };
    let mut context = None;
    let (mut together, mut elsewhere) = (0, false);
    for (j, t) in all.iter().enumerate() {
        if doc.norm(t) != first {
            continue;
        }
        if word(Some(j + 1)) != second || verb_or_time(doc.original(&all[j + 1])) {
            return false;
        }
        together += 1;
        let here = around(j);
        elsewhere |= context.is_some_and(|c| c != here);
        context = Some(here);
    }
    together >= 2 && elsewhere
}

/// A word of a time expression (normalized): a day, `اليوم`, `مساء`, a date's noun (`عام`,
/// `العام`) or `الأسبوع`, `الشهر`, a season.
fn is_time_noun(w: &str) -> bool {
    speech::is_time_word(w)
        || DATE_NOUNS.contains(&w)
        || matches!(w, "الاسبوع" | "الشهر" | "الصيف" | "الشتاء")
}

/// Whether normalized `w` is `word`, bare or with `و`/`ف` and a preposition written on it
/// (`والاتحاد`, `بالبيت`, `لحقوق`; `ل` on the article: `للاتحاد`).
fn written_with_proclitics(w: &str, word: &str) -> bool {
    let bare = |f: &str| {
        f == word
            || f.strip_prefix(['ب', 'ل', 'ك']) == Some(word)
            || word
                .strip_prefix("ال")
                .is_some_and(|rest| f.strip_prefix("لل") == Some(rest))
    };
    bare_or_conjoined(w, bare)
}

/// Words of magnitude that a number takes before what it counts (normalized): `5.2 مليار
/// دولار`, `35 ألف جنيه`.
const MAGNITUDES: &[&str] = &["الف", "الاف", "مليون", "ملايين", "مليار", "مليارات"];

/// After a cut at a word limit, drop the function words the cut left at the end (`تهدف
/// إلى`, `حسبما`, `التي`, `قائلا`): they announce words that are gone; so do half a date
/// (`بتاريخ 2`, `يوم`), a noun parted from the word completing it ([`CUT_CONSTRUCTS`], a
/// construct the article repeats or a preposition governs: `على قارعة | الطريق`) and a verb
/// whose subject and object went (`وأسفر`, `بعد أن | بلغت`). Keeps at least
/// [`MIN_WORDS_AFTER_TRIM`] words. `keep` ends at the cut; `toks` and `norm` are the whole
/// sentence's, and `doc` the article they are in.
fn trim_dangling_end(keep: &mut [bool], doc: &Analysis<'_>, toks: &[AnalyzedToken], norm: &[&str]) {
    let text = doc.text();
    let mut words = keep
        .iter()
        .zip(toks)
        .filter(|(k, t)| **k && t.kind.is_word())
        .count();
    // The word just trimmed was a repeated construct's first noun: a noun without the
    // article before it that a preposition governs heads the same chain (`إلى مقتل عشرات |
    // الحوثيين`, `لدفع مليارات | الدولارات`) and goes too, with its preposition; one step
    // only, since nouns further back are mostly the subject or object before the phrase.
    let mut in_construct = false;
    for k in (0..keep.len()).rev() {
        if !keep[k] {
            continue;
        }
        let t = &toks[k];
        // `على` and the name `علي` normalize alike; the original spelling tells them apart.
        let dangling = t.kind == TokenKind::Arabic
            && (announces_complement(norm[k])
                || announces_at_cut(norm, k)
                || wants_object(text, toks, norm, k)
                || norm[k].ends_with("علي") && text[t.start..t.end].ends_with('ى')
                || opens_coordinated_verb(&text[t.start..t.end], norm[k])
                // With its particle, or not at all (`كانت قد | ادعت` would end on `قد`).
                || words > MIN_WORDS_AFTER_TRIM + 1
                    && verb_lost_its_complement(doc, toks, norm, k))
            // Every token after `k` is gone by now: what it was parted from was cut; but a
            // construct noun that ends a name the article keeps whole (`ياسمين رئيس`, an
            // actress) completes the name, not a construct.
            || parted_from_complement(toks, norm, k) && !ends_kept_name(doc, norm, keep, k)
            || parted_acronym(doc, toks, k);
        let governed = || k > 0 && governs_noun(norm[k - 1]) || has_preposition(norm[k]);
        let chained = in_construct && is_indefinite_noun(doc, toks, norm, k) && governed();
        let parted = parted_from_construct(doc, toks, norm, k);
        if t.kind.is_word() && (!(dangling || chained || parted) || words <= MIN_WORDS_AFTER_TRIM) {
            break;
        }
        if t.kind.is_word() {
            words -= 1;
        }
        in_construct = parted;
        keep[k] = false;
    }
}

/// Whether token `k`, a [construct noun](CUT_CONSTRUCTS) kept right after token `k - 1`,
/// ends a name with it that the article keeps whole ([`fixed_pair_in_article`]): not a
/// name's particle, not after another construct or a word with a preposition on it
/// (`لإنشاء منطقة` is a phrase the article repeats, not a name), and not when the article
/// also keeps it whole with the word the cut took (`زين العابدين بن | علي`: the middle of a
/// longer name).
fn ends_kept_name(doc: &Analysis<'_>, norm: &[&str], keep: &[bool], k: usize) -> bool {
    k > 0
        && keep[k - 1]
        && is_cut_construct(norm[k])
        // `بن`, `أبو`, `عبد` always want the rest of the name (`بن | علي`, whose `علي` reads
        // as the preposition `على` to the pair test); a construct after a construct chains
        // them (`على مستوى مدينة | ...`).
        && !NAME_JOINERS.contains(&norm[k])
        && !is_cut_construct(norm[k - 1])
        && !has_preposition(norm[k - 1])
        && fixed_pair_in_article(doc, norm[k - 1], norm[k])
        && !norm
            .get(k + 1)
            .is_some_and(|&next| fixed_pair_in_article(doc, norm[k], next))
}

/// Whether token `k` (normalized), left last by a cut, announces what the cut took, besides
/// the [`ANNOUNCERS`] (which also stop speakers and constructs, where these must not):
/// `اعتبارا | من`, `بدءا | من` ("as of", "starting"; `إنه اعتبارا من` is a speaker's
/// predicate), `إلا | أن`, a pronoun before its predicate (`ابنتها نورث هي | من`; not `كما هي`
/// "as it is" or `بمن هو` "who he is", which end a phrase), `مقابل` (`خصومات ضخمة مقابل |`; not
/// `دون مقابل` "for free"), words that name what the cut took (`باسم`, `ما يسمى`), `ما` with a
/// preposition on it (`بما`, `مما`), auxiliaries and words that take a complement (`يتم`,
/// `لمدة`, `من أجل`, `في حال`).
fn announces_at_cut(norm: &[&str], k: usize) -> bool {
    let before = |test: fn(&str) -> bool| k > 0 && test(norm[k - 1]);
    match norm[k] {
        // With `و`/`ف` too (`وسيكون |`, `وتم |`).
        w if bare_or_conjoined(w, |x| CUT_ANNOUNCERS.contains(&x)) => true,
        "هو" | "هي" | "هم" => !before(|w| {
            matches!(w, "كما" | "حيث" | "مثلما" | "عمن" | "عما" | "مما" | "ممن")
                || ["", "ب", "ل", "و", "ف"]
                    .iter()
                    .any(|p| w.strip_prefix(p).is_some_and(|r| matches!(r, "من" | "ما")))
        }),
        "مقابل" => !before(|w| matches!(w, "دون" | "بدون" | "بلا")),
        // `في محاولة | لـ` "in an attempt to", `في حال |` "in case".
        "محاولة" | "حال" => before(|w| matches!(w, "في" | "وفي")),
        // `من أجل |`, `على أساس |` "on the basis of".
        "اجل" => before(|w| matches!(w, "من" | "ومن")),
        "اساس" => before(|w| w == "علي"),
        // `ما يعرف | بـ`, `مما سماها |`, `لما وصفه |` ("what he called"; not `لا أحد يعرف`
        // "nobody knows").
        "يعرف" | "تعرف" | "سماه" | "سماها" | "وصفه" | "وصفها" | "وصفته" | "وصفتها" => {
            before(|w| matches!(w, "ما" | "بما" | "لما" | "فيما" | "مما"))
        }
        _ => false,
    }
}

/// Words (normalized) that announce what the cut took wherever they end it, for
/// [`announces_at_cut`].
const CUT_ANNOUNCERS: &[&str] = &[
    // "As of", "starting", "except".
    "اعتبارا",
    "بدءا",
    "ابتداء",
    "ابتداءا",
    "الا",
    // Naming what the cut took: `المتحدث باسم |`, `فصيل ما يسمى |`, `لسيدة تدعى |`.
    "باسم",
    "يسمي",
    "تسمي",
    "يدعي",
    "تدعي",
    // `ما` with a preposition on it: "with what", "than what", "about what".
    "بما",
    "مما",
    "عما",
    "لما",
    "فيما",
    // Auxiliaries, verbs, nouns and conjunctions whose complement the cut took (`أن يتم |`,
    // `حملة تهدف |`, `لمدة |`, `بدلا | من`, `لكنه |`, `امرأة قالت |`, `لا يزال |`, `فيما
    // يتعلق | بـ`, `ما يقرب | من`, `يحتوي | على`, `بنسبة | 20 في المئة`, `مقارنة | بالعام`,
    // `بصورة | كبيرة`, `سيكون |`).
    "تم",
    "يتم",
    "تهدف",
    "يهدف",
    "لمدة",
    "بدلا",
    "لكنه",
    "لكنها",
    "لكنهم",
    "قال",
    "قالت",
    "يزال",
    "تزال",
    "يزالون",
    "يتعلق",
    "تتعلق",
    "يقرب",
    "يحتوي",
    "تحتوي",
    "بنسبة",
    "مقارنة",
    "بالنسبة",
    "بصورة",
    "سيكون",
    "ستكون",
    // Demonstratives with a preposition (`بهذا | الشأن`).
    "بهذا",
    "بهذه",
    "لهذا",
    "لهذه",
    // Purpose and condition (`بغية | التوصل`, `شريطة | عدم الكشف`; not `بهدف`, also "by a
    // goal": `ليتقدم ماينز بهدف`) and nouns of need or possibility (`ضرورة | التوصل`,
    // `إمكانية | الحصول`).
    "بغية",
    "شريطة",
    "ضرورة",
    "امكانية",
    // Verbs and words of quantity whose complement the cut took (session 20, found by
    // listing the words cut headlines end on with the word the cut took): verbs of result
    // (`أسفر | عن مقتل`, `أدت | إلى`), auxiliaries and modals (`ستتم |`, `تستطيع |`, `لم
    // يكن |`, `ما زال |`), `شن | هجوما`, `بأكثر | من`, `لا يقل | عن`, `بأي | ثمن`, `سواء |
    // كان`, and `نقلت عن الوزير قوله | إن ...`, whose words were cut.
    "اسفر",
    "اسفرت",
    "يسفر",
    "تسفر",
    "ادي",
    "ادت",
    "يؤدي",
    "تؤدي",
    "ستتم",
    "سيتم",
    "تتم",
    "تستطيع",
    "يستطيع",
    "يكن",
    "زال",
    "شن",
    "باكثر",
    "يقل",
    "باي",
    "بكل",
    "لكل",
    "سواء",
    "قوله",
    "قولها",
    "قولهم",
];

/// Nouns (normalized) that a cut must not leave without their object or complement, for
/// [`wants_object`]: verbal nouns before their object (`قررت فرض | عقوبات`, `إعادة | فتح
/// المعبر`, `تطوير | أسلحة نووية`; with `ب`/`ل` on them: `دانتهم بتهمة |`, `قمة لإجراء |`,
/// `مظاهرة لدعم |`, `بحضور |`, `للمشاركة | في`; a bare one's `ب`/`ل` forms need no entry
/// of their own: `بإجراء |`, `لإعادة |`) and nouns of extent or kind (`في جميع أنحاء
/// | العالم`, `في مختلف | أنحاء`, `على مدى | 10 سنوات`, `من طراز | إف-16`). Kept apart from
/// [`CUT_ANNOUNCERS`]: these are content words, which may begin a pair the article keeps whole (`إجراء |
/// الانتخابات`, completed past a limit); not `حماية`, which heads names (`وحدات حماية
/// الشعب`). Found in session 20 by listing the words cut headlines end on with the word the
/// cut took.
const CUT_OBJECT_NOUNS: &[&str] = &[
    "بتهمة",
    "بتهم",
    "بتنظيم",
    "باطلاق",
    "بحضور",
    "بمشاركة",
    "باستخدام",
    "بالتدخل",
    "لدعم",
    "لمواجهة",
    "لتقليل",
    "لتعزيز",
    "لانشاء",
    "لبناء",
    "للمشاركة",
    "فرض",
    "وضع",
    "دفع",
    "اتخاذ",
    "تنفيذ",
    "استخدام",
    "اعادة",
    "استعادة",
    "اقامة",
    "دخول",
    "رفع",
    "نقل",
    "ارسال",
    "تطوير",
    "اجراء",
    "انحاء",
    "مختلف",
    "مدي",
    "طراز",
];

/// Whether token `k` is one of the [`CUT_OBJECT_NOUNS`] (with `و`/`ف` on it too: `ولدعم |`),
/// and not a quoted term: before a closing quotation mark it names something (`بعد النقر على
/// "إرسال"`, a button), it does not govern what follows.
fn wants_object(text: &str, toks: &[AnalyzedToken], norm: &[&str], k: usize) -> bool {
    let closes_quote = || {
        toks.get(k + 1).is_some_and(|n| {
            let mark = &text[n.start..n.end];
            matches!(mark, "”" | "»")
                || mark == "\""
                    && toks[..k]
                        .iter()
                        .filter(|t| &text[t.start..t.end] == "\"")
                        .count()
                        % 2
                        == 1
        })
    };
    // With `ب`/`ل` on a bare one too (`بإجراء |`, `لإعادة |`), as the listed `لإجراء` is.
    let listed = |x: &str| {
        CUT_OBJECT_NOUNS.contains(&x)
            || x.strip_prefix(['ب', 'ل'])
                .is_some_and(|rest| CUT_OBJECT_NOUNS.contains(&rest))
    };
    bare_or_conjoined(norm[k], listed) && !closes_quote()
}

/// Whether `w` (normalized, without the article) is written with `ب` or `ل` before a noun of
/// three letters or more (`لمنصة`, `بميناء`); shorter words begin so too (`بلد`, `لها`).
fn has_preposition(w: &str) -> bool {
    (w.starts_with('ب') || w.starts_with('ل')) && w.chars().count() > 4
}

/// Titles that stand after a name as its apposition (`علاء مبارك، النجل`, `سيرغي سكريبال
/// العميل`), normalized: before one, a noun without the article may be a name's last word.
const TITLES_AFTER_NAMES: &[&str] = &[
    "النجل",
    "العميل",
    "الرئيس",
    "الامين",
    "الوزير",
    "المدرب",
    "اللاعب",
    "النجم",
    "الفنان",
    "الفنانة",
    "الممثل",
    "الممثلة",
    "المغني",
    "المغنية",
    "الكاتب",
    "الصحفي",
    "الصحفية",
    "الناشط",
    "الناشطة",
    "السفير",
    "الملك",
    "الامير",
    "الاميرة",
    "الشيخ",
    "القائد",
    "الزعيم",
    "المتحدث",
    "المدير",
    "النائب",
    "الجنرال",
    "الدكتور",
    "المحامي",
    "القاضي",
    "المستشار",
    "المرشح",
    "الجاسوس",
];

/// Particles and relatives that a finite verb follows (normalized): a listed verb after one
/// is the verb, not a noun of the same spelling.
const PARTICLES_BEFORE_A_VERB: &[&str] = &[
    "ان",
    "لن",
    "لم",
    "قد",
    "لقد",
    "سوف",
    "اذا",
    "لو",
    "ما",
    "كما",
    "بعدما",
    "عندما",
    "حين",
    "حينما",
    "كي",
    "لكي",
    "الذي",
    "التي",
    "الذين",
];

/// Whether token `k` is a listed verb whose subject and object a cut at it took: one right
/// after a particle that takes a verb (`بعد أن | بلغت`, `إذا | فاز`, `الذي | يستطيع`), which
/// announces it, or an imperfect right after a noun without the article, opening a relative
/// clause without a relative (`لمشاركات | تروج لعقار`). Elsewhere such a word may be a noun
/// (`في عرض`, `من أجل`); function words read as nouns by their shape are no such noun (`مما |
/// يجري`, `لمن | يطلق`, `وربما | تنسحب`, `مازالت | تشهد`).
fn verb_lost_its_complement(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    k: usize,
) -> bool {
    let Some(before) = k.checked_sub(1).map(|j| norm[j]) else {
        return false;
    };
    let verb = doc.original(&toks[k]);
    // With `و` on it too (`والتي | تعمل`, `ولم | يتم`).
    bare_or_conjoined(before, |w| PARTICLES_BEFORE_A_VERB.contains(&w))
        && tense::is_listed_verb(verb)
        || tense::is_listed_imperfect(verb)
            && is_indefinite_noun(doc, toks, norm, k - 1)
            && !bare_or_conjoined(before, is_function_word)
}

/// A stop word, or a particle the stop-word list does not hold (normalized).
fn is_function_word(w: &str) -> bool {
    mujaz_text::is_stop_word(w)
        || matches!(
            w,
            "مما"
                | "عما"
                | "ممن"
                | "ربما"
                | "مازالت"
                | "لازالت"
                | "مازالوا"
                | "لايزال"
                | "لاتزال"
        )
}

/// Whether token `k` can be read as a noun without the article or a pronoun: not a listed
/// verb, an imperfect by its shape (`يحل`), a word after a particle that takes a verb (`لن |
/// يحل`), a function word, or too short to tell.
fn is_indefinite_noun(doc: &Analysis<'_>, toks: &[AnalyzedToken], norm: &[&str], k: usize) -> bool {
    let w = norm[k];
    let after_verb_particle = k > 0
        && matches!(
            norm[k - 1],
            "لن" | "لم" | "لا" | "قد" | "سوف" | "ان" | "لكي" | "كي" | "ما" | "لما" | "حتي"
        );
    toks[k].kind == TokenKind::Arabic
        && w.chars().count() > 2
        && is_bare_word(w)
        // A pronoun makes it definite (`نظامها | الضريبي`: a noun and its adjective).
        && !["ه", "ها", "هم", "هما", "هن", "نا"].iter().any(|p| w.ends_with(p))
        && !w.starts_with('ي')
        && !after_verb_particle
        && !is_announcer(w)
        && !RELATIVES.contains(&w)
        && !tense::is_listed_verb(doc.original(&toks[k]))
}

/// True for `و` or `ف` and a verb that opens a clause of its own (`وصدر`, `وأسفر`, `فأصاب`; by
/// its shape, a plural perfect, `ووضعوا`, or after `و` a derived perfect, `وارتبط`), given as
/// written and normalized: at the end of a cut it is a clause's first word, whose subject and
/// object are gone.
fn opens_coordinated_verb(word: &str, norm: &str) -> bool {
    // After `ف`, a longer verb: names and nouns begin so too (`فيصل`, `فرد`).
    word.strip_prefix('و')
        .is_some_and(|verb| tense::is_listed_verb(verb) || tense::is_derived_perfect(verb))
        || word.strip_prefix('ف').is_some_and(|verb| {
            let n = verb.chars().count();
            n >= 4 || n == 3 && tense::is_listed_perfect(verb)
        } && tense::is_listed_verb(verb))
        || event::opens_coordinated_passive(word)
        || is_coordinated_plural_perfect(norm)
}

/// True when token `k` needs the token after it to read: a day its month (`بتاريخ 2 |
/// أكتوبر`), a date noun its date (`يوم | 21`), a [construct noun](CUT_CONSTRUCTS) the word
/// completing it (`في مدينة | حلب`), a [given name](GIVEN_NAMES) the rest of the name
/// (`دونالد | ترامب`), `الوقت` its `الذي` (`في الوقت | الذي`, "while").
fn parted_from_complement(toks: &[AnalyzedToken], norm: &[&str], k: usize) -> bool {
    let Some(next) = toks.get(k + 1) else {
        return false;
    };
    let month = || is_month_at(toks, norm, k + 1);
    match toks[k].kind {
        TokenKind::Number => month(),
        TokenKind::Arabic if DATE_NOUNS.contains(&norm[k]) => {
            next.kind == TokenKind::Number || month() || DAYS.contains(&norm[k + 1])
        }
        // `في وقت | لاحق` "later", `في وقت | سابق` "earlier": a phrase.
        TokenKind::Arabic if norm[k] == "وقت" => matches!(
            norm[k + 1],
            "لاحق" | "سابق" | "مبكر" | "متاخر" | "قريب" | "واحد"
        ),
        // `في الوقت | الذي` "while": the conjunction's first half.
        TokenKind::Arabic if norm[k] == "الوقت" => {
            norm[k + 1] == "الذي" && k > 0 && matches!(norm[k - 1], "في" | "ففي" | "وفي" | "نفس")
        }
        TokenKind::Arabic if needs_next(norm[k], norm[k + 1]) => true,
        // A superlative before the noun it ranks (`ثاني أكبر | مدن`, `أسوأ | اتفاق`), and an
        // ordinal before the superlative; not a comparative before `من`/`مما` or a
        // preposition's noun, or at a phrase's end (`بشكل أفضل،`, `بقدر أكبر | من`, `زاوية
        // أفضل | لالتقاط`).
        TokenKind::Arabic if ELATIVES.contains(&norm[k]) => {
            let x = norm[k + 1];
            next.kind == TokenKind::Arabic
                && !mujaz_text::is_stop_word(x)
                && !has_preposition(x)
                && !matches!(x, "مما" | "ممن")
        }
        TokenKind::Arabic if ORDINALS.contains(&norm[k]) => ELATIVES.contains(&norm[k + 1]),
        TokenKind::Arabic => {
            // With a preposition or `و` written on it too (`بمدينة | حلب`, `وولاية`).
            let construct = |w: &str| is_cut_construct(w) && w.chars().count() > 2;
            // What a number counts is no construct's head (`في 40 مدينة`, `طلبة 551 جامعة`);
            // after a year or with a preposition on it, it is (`2014 | وكأس`, `17.9% بنهاية`).
            let counted = k > 0
                && CUT_CONSTRUCTS.contains(&norm[k])
                && (toks[k - 1].kind == TokenKind::Number && !is_year(norm[k - 1])
                    || is_numeral_word(norm[k - 1]));
            (is_cut_construct(norm[k])
                || ["ب", "ل", "و"]
                    .iter()
                    .any(|p| norm[k].strip_prefix(p).is_some_and(construct))
                || GIVEN_NAMES.contains(&norm[k]))
                // A count completes one too (`عن مقتل | 25 شخصا`).
                && matches!(next.kind, TokenKind::Arabic | TokenKind::Number)
                && !counted
        }
        _ => false,
    }
}

/// Superlatives (normalized) that rank the noun after them (`أكبر مدن`, `أسوأ لحظة`); `أكثر`
/// and `أقل` are [`ANNOUNCERS`] wherever they end a cut.
const ELATIVES: &[&str] = &[
    "اكبر", "اصغر", "افضل", "اسوا", "اهم", "ابرز", "اطول", "اقرب", "ادني", "اعلي", "اشد", "اعظم",
    "احدث", "اخطر", "اقوي", "اضعف",
];

/// Ordinals that rank with a superlative after them (`ثاني أكبر مدينة`).
const ORDINALS: &[&str] = &["ثاني", "ثالث", "رابع", "خامس"];

/// Words (normalized) that a cut must not leave without the word after them, and the words
/// that open what they need (`ب` and `ل` as written on a word: `بحقوق`, `لمنظمة`, `به`):
/// participles and their preposition (`المناطق الواقعة | تحت سيطرة`, `الصناديق التابعة |
/// للدولة`, `المقترحات الرامية | إلى`) and halves of a phrase (`جماعة تعرف | باسم`, `إطلاق |
/// النار`, `لوضع | حد لـ`).
const COMPLEMENT_OPENERS: &[(&[&str], &[&str])] = &[
    (
        &["الواقعة", "الواقعين"],
        &[
            "في", "علي", "تحت", "بين", "قرب", "وسط", "ضمن", "داخل", "خارج", "عند", "ب",
        ],
    ),
    (&["الواقعة", "الواقعين"], DIRECTIONS),
    (&["المتعلقة", "المتعلق", "المتعلقين", "المتعلقات"], &["ب"]),
    (&["التابعة", "التابع", "التابعين", "التابعتين"], &["ل"]),
    (&["الموالية", "الموالي", "الموالين"], &["ل"]),
    (&["المتاخمة", "المتاخم"], &["ل"]),
    (&["الخاصة", "الخاص"], &["ب"]),
    (&["المعنية", "المعني", "المعنيين"], &["ب"]),
    (
        &["المعروفة", "المعروف", "المعروفين"],
        &["ب", "باسم", "اعلاميا"],
    ),
    (&["المشتبه"], &["ب", "في"]),
    (
        &[
            "الرامية",
            "الرامي",
            "الهادفة",
            "الهادف",
            "المؤدية",
            "المؤدي",
        ],
        &["الي"],
    ),
    (
        &["المقربة", "المقرب", "المقربين", "القريبة", "القريب"],
        &["من"],
    ),
    (
        &["المدعومة", "المدعوم", "المدعومين", "المكونة", "المؤلفة"],
        &["من"],
    ),
    // Made of what the cut took (`بهيكل مصنوع | من التيتانيوم`).
    (
        &["مصنوع", "مصنوعة", "المصنوع", "المصنوعة", "مصنوعا"],
        &["من"],
    ),
    (&["المطلة", "المطل"], &["علي"]),
    (&["الناتجة", "الناتج"], &["عن"]),
    (&["الممتدة", "الممتد"], &["من", "بين", "الي"]),
    // Verbal nouns and quantifiers parted from their preposition: `تمكنت من العثور | على`
    // "finding", `الحصول | على`, `التوصل | إلى`, `الكشف | عن`, `احتجاجا | على`, `العديد | من`
    // "many of", `بالقرب | من` "near".
    (&["العثور"], &["علي"]),
    (&["الحصول", "للحصول", "بالحصول"], &["علي"]),
    (&["التوصل", "للتوصل", "بالتوصل"], &["الي"]),
    (&["للوصول", "بالوصول"], &["الي"]),
    (&["الكشف"], &["عن"]),
    (&["احتجاجا"], &["علي"]),
    (&["العديد"], &["من"]),
    (&["بالقرب"], &["من"]),
    // Coming from, issued by, calling for, subject to what the cut took.
    (
        &["قادمة", "قادما", "قادمين", "القادمة", "القادم", "القادمين"],
        &["من"],
    ),
    (&["صادر", "صادرة", "الصادر", "الصادرة"], &["عن", "من"]),
    (&["مطالبة", "مطالبا", "مطالبين"], &["ب"]),
    (&["الخاضعة", "الخاضع", "الخاضعين"], &["ل"]),
    // Known as what the cut took.
    (
        &["يعرف", "تعرف", "عرف", "عرفت", "اشتهر", "اشتهرت"],
        &["باسم"],
    ),
    // `إطلاق | النار` "shooting", `إطلاق | سراح` "release".
    (&["اطلاق", "لاطلاق", "باطلاق"], &["النار", "نار", "سراح"]),
    // `لوضع | حد لـ` "to put an end to".
    (&["وضع", "لوضع", "بوضع", "يضع", "تضع"], &["حد"]),
];

/// Whether `w` is parted from `next`, which opens what it needs ([`COMPLEMENT_OPENERS`];
/// both normalized): left last by a cut it says nothing.
fn needs_next(w: &str, next: &str) -> bool {
    let opens = |p: &str| {
        next == p
            || matches!(p, "ب" | "ل")
                && next.starts_with(p)
                && (has_preposition(next) || matches!(&next[p.len()..], "ه" | "ها" | "هم" | "هما"))
    };
    COMPLEMENT_OPENERS
        .iter()
        .any(|(forms, preps)| forms.contains(&w) && preps.iter().any(|p| opens(p)))
}

/// Names of Latin letters that spell an acronym in Arabic script and are no Arabic word (as
/// written: `آي` with madda is the letter, `أي` "any" is not), or seldom one before another
/// letter (`أم` "or").
const LETTER_NAMES: &[&str] = &[
    "بي",
    "سي",
    "دي",
    "تي",
    "جي",
    "إيه",
    "ايه",
    "أيه",
    "آيه",
    "إكس",
    "اكس",
    "كيه",
    "إف",
    "اف",
    "أف",
    "إتش",
    "اتش",
    "آي",
    "إم",
    "ام",
    "أم",
    "إس",
    "اس",
    "أس",
    "آر",
    "دبليو",
    "زد",
];

/// Letter names that are Arabic words too (`إن` "that", `أو` "or", `أي` "any"): a letter
/// of an acronym only between two others (`سي إن بي سي`).
const AMBIGUOUS_LETTER_NAMES: &[&str] = &["إن", "ان", "أن", "أو", "او", "أي", "اي", "في"];

/// Whether tokens `k` and `k + 1` are two letters of one acronym spelled in Arabic script
/// (`بي بي | سي`, `اف بي | آي`, `سي إن | إن`), which a cut must not part: at the end of a
/// headline half an acronym names nothing. A letter may carry a preposition or `و` (`لبي بي
/// سي`). Letter names that are Arabic words too join a letter before them only where they are
/// no word: `أي` (`أف بي أي`), `في` after `تي` (`إن تي في`), `إن` doubled (`سي إن إن`); in `بي
/// بي سي | في` and `بي بي سي | إن` they are the preposition and the conjunction.
fn parted_acronym(doc: &Analysis<'_>, toks: &[AnalyzedToken], k: usize) -> bool {
    let word = |j: usize| {
        toks.get(j)
            .filter(|t| t.kind == TokenKind::Arabic)
            .map(|t| doc.original(t))
    };
    let letter = |w: &str| LETTER_NAMES.contains(&w);
    let (Some(a), Some(b)) = (word(k), word(k + 1)) else {
        return false;
    };
    // `لدي` "I have" is a word.
    let a = ["ال", "ل", "ب", "و"]
        .iter()
        .filter(|_| a != "لدي")
        .find_map(|p| a.strip_prefix(p).filter(|x| letter(x)))
        .unwrap_or(a);
    // `سي إن إن` at `j`, `j + 1`: only after `سي` is `إن إن` the acronym (`قال مون جي إن إن
    // بلاده` is a name and the conjunction).
    let doubled_in = |j: usize| {
        matches!(word(j), Some("إن" | "ان"))
            && word(j) == word(j + 1)
            && j > 0
            && word(j - 1).is_some_and(|w| w.ends_with("سي"))
    };
    if letter(a) {
        letter(b)
            || matches!(b, "أي" | "اي")
            || a == "تي" && b == "في"
            || doubled_in(k + 1)
            // `سي | إن بي سي`.
            || AMBIGUOUS_LETTER_NAMES.contains(&b) && word(k + 2).is_some_and(letter)
    } else if a == "الـ" {
        // `إذاعة الـ | بي بي سي`.
        letter(b)
    } else {
        // Inside an acronym, after a letter: `سي إن | إن`, `سي إن | بي سي`.
        let inside = k > 0 && word(k - 1).is_some_and(letter);
        inside && (doubled_in(k) || AMBIGUOUS_LETTER_NAMES.contains(&a) && letter(b))
    }
}

/// True when token `k`, a noun without the article, and the definite word after it are a
/// construct the cut would part, leaving its first half to read as something else: they
/// stand together at least twice in the article (a name or fixed term: `كوريا | الشمالية`,
/// `على هضبة | الجولان`, `عيد | الفطر`), or a preposition governs the noun (written with `ب`
/// or `ل`, or right after one: `الصعود لمنصة | التتويج`, `بميناء | الحديدة`, `على قارعة |
/// الطريق`). A noun without the article before a definite word is mostly a construct; the
/// repetition or the preposition tells it from a name before the verb's object (`ليونيل ميسي
/// | الحق`) or a name and its adjective written once. Not before a relative or a day (`مأرب |
/// التي`); with a preposition, not before another time (`هوليوود | الأسبوع`), an adjective
/// of origin, an ordinal or a title, which follow a name (`ليفربول | المصري`), nor after a
/// preposition a noun ending as a name or an adverb does (`في روسيا`).
fn parted_from_construct(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    k: usize,
) -> bool {
    let Some(next) = toks.get(k + 1) else {
        return false;
    };
    let (w, x) = (norm[k], norm[k + 1]);
    // A time after a noun dates the clause (`مليوني برميل | الأسبوع الماضي`), however often
    // the article writes the two together.
    let candidate = next.kind == TokenKind::Arabic
        && x.starts_with("ال")
        && !is_announcer(x)
        && !RELATIVES.contains(&x)
        && !is_time_noun(x)
        && is_indefinite_noun(doc, toks, norm, k);
    if !candidate {
        return false;
    }
    let after_preposition = k > 0
        && governs_noun(norm[k - 1])
        && !w.ends_with(['ا', 'ى'])
        && !TITLES_AFTER_NAMES.contains(&x);
    let governed = (has_preposition(w) || after_preposition)
        && !x.ends_with('ي')
        && !x.ends_with("ية")
        && !matches!(
            x,
            "الاول" | "الاولي" | "الثاني" | "الثانية" | "الثالث" | "الثالثة"
        );
    governed || {
        let all = doc.tokens();
        all.windows(2)
            .filter(|p| doc.norm(&p[0]) == w && doc.norm(&p[1]) == x)
            .nth(1)
            .is_some()
    }
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
/// [`trim_dangling_end`]), and `أم` (also "mother"). A few kept here can end a clause (`إلى
/// حد ما`, `أم لا`, `لم يصب أحد`), but on the dev sets they dangle far more often.
const ANNOUNCERS: &[&str] = &[
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

/// Fewest words [`trim_dangling_end`] leaves.
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
