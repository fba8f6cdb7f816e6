//! The present tense of a verb that opens a sentence (see
//! [`CompressOptions::present_tense`](super::CompressOptions::present_tense)): news leads tell
//! what happened in the past (`أعلنت الحكومة`), standfirsts and headlines in the present
//! (`تعلن الحكومة`).
//!
//! A closed list, not a conjugator: without short vowels an opening perfect is often a
//! passive (`قُتل`, `أُلقي القبض`) or a noun (`عبر`, `مثل`), and the list only holds verbs
//! whose unvowelled form at the head of a news sentence is an active verb.

use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::sync::OnceLock;

use super::first_chars;
use mujaz_text::Normalizer;

/// Perfect (third person masculine singular) and imperfect, as written with hamza and alef
/// maqsura. Left out: verbs whose perfect at the head of a sentence is usually a passive
/// (`قتل`, `أصيب`, `عثر`, `نقل`, `انتخب`, `عين`, `حكم`, `سجن`), or a noun or preposition
/// (`عبر`, `مثل`, `بين`, `ضمن`, `علم`, `صوت`), or two verbs (`وقع` signed or happened;
/// `نعت`, the feminine of `نعى` mourned, is also `نعت` called), and `توفي`, whose present does
/// not tell a death. Some of those are listed in [`FEMININE_ONLY`], whose feminine is safe,
/// and some in [`ACTIVE_BY_EVIDENCE`], told in the present where their clause shows the active.
const VERBS: &[(&str, &str)] = &[
    // Saying, reporting, judging.
    ("قال", "يقول"),
    ("أعلن", "يعلن"),
    ("أفاد", "يفيد"),
    ("أكد", "يؤكد"),
    ("ذكر", "يذكر"),
    ("أوضح", "يوضح"),
    ("أضاف", "يضيف"),
    ("صرح", "يصرح"),
    ("أشار", "يشير"),
    ("كشف", "يكشف"),
    ("حذر", "يحذر"),
    ("نفى", "ينفي"),
    ("أنكر", "ينكر"),
    ("اعترف", "يعترف"),
    ("أقر", "يقر"),
    ("زعم", "يزعم"),
    ("ادعى", "يدعي"),
    ("رأى", "يرى"),
    ("اعتبر", "يعتبر"),
    ("وصف", "يصف"),
    ("انتقد", "ينتقد"),
    ("اتهم", "يتهم"),
    ("أدان", "يدين"),
    ("ندد", "يندد"),
    ("استنكر", "يستنكر"),
    ("شجب", "يشجب"),
    ("رحب", "يرحب"),
    ("أشاد", "يشيد"),
    ("أعرب", "يعرب"),
    ("دعا", "يدعو"),
    ("طالب", "يطالب"),
    ("طلب", "يطلب"),
    ("حث", "يحث"),
    ("ناشد", "يناشد"),
    ("هدد", "يهدد"),
    ("توعد", "يتوعد"),
    ("تعهد", "يتعهد"),
    ("وعد", "يعد"),
    ("أمر", "يأمر"),
    ("نصح", "ينصح"),
    ("أوصى", "يوصي"),
    ("اقترح", "يقترح"),
    ("رجح", "يرجح"),
    ("توقع", "يتوقع"),
    ("شدد", "يشدد"),
    ("جدد", "يجدد"),
    ("دافع", "يدافع"),
    ("برر", "يبرر"),
    ("علق", "يعلق"),
    ("رد", "يرد"),
    ("أجاب", "يجيب"),
    ("تساءل", "يتساءل"),
    ("أبلغ", "يبلغ"),
    ("أخبر", "يخبر"),
    ("نشر", "ينشر"),
    ("أذاع", "يذيع"),
    ("بث", "يبث"),
    ("أورد", "يورد"),
    ("روى", "يروي"),
    ("كتب", "يكتب"),
    ("تحدث", "يتحدث"),
    ("ألمح", "يلمح"),
    ("لمح", "يلمح"),
    ("أبدى", "يبدي"),
    ("استبعد", "يستبعد"),
    ("رفض", "يرفض"),
    ("وافق", "يوافق"),
    ("أيد", "يؤيد"),
    ("عارض", "يعارض"),
    ("اعترض", "يعترض"),
    ("تبنى", "يتبنى"),
    ("تبرأ", "يتبرأ"),
    ("خلص", "يخلص"),
    ("توصل", "يتوصل"),
    ("أظهر", "يظهر"),
    ("أثبت", "يثبت"),
    ("أصدر", "يصدر"),
    ("قرر", "يقرر"),
    ("قضى", "يقضي"),
    // Alef maqsura tells it from the passive `أُلقي` (`ألقت الشرطة القبض`).
    ("ألقى", "يلقي"),
    ("أقال", "يقيل"),
    ("اعتذر", "يعتذر"),
    ("هنأ", "يهنئ"),
    ("ودع", "يودع"),
    ("استعرض", "يستعرض"),
    ("تناول", "يتناول"),
    ("استقال", "يستقيل"),
    // Sport and figures.
    ("فاز", "يفوز"),
    ("خسر", "يخسر"),
    ("تعادل", "يتعادل"),
    ("تأهل", "يتأهل"),
    ("تغلب", "يتغلب"),
    ("أحرز", "يحرز"),
    ("حقق", "يحقق"),
    ("سجل", "يسجل"),
    ("حصد", "يحصد"),
    ("انتزع", "ينتزع"),
    ("تفوق", "يتفوق"),
    ("تصدر", "يتصدر"),
    ("احتل", "يحتل"),
    ("بلغ", "يبلغ"),
    ("تجاوز", "يتجاوز"),
    ("ارتفع", "يرتفع"),
    ("انخفض", "ينخفض"),
    ("تراجع", "يتراجع"),
    ("هبط", "يهبط"),
    ("صعد", "يصعد"),
    ("قفز", "يقفز"),
    ("تزايد", "يتزايد"),
    ("تصاعد", "يتصاعد"),
    ("تفاقم", "يتفاقم"),
    // Beginning, going on, ending.
    ("استمر", "يستمر"),
    ("واصل", "يواصل"),
    ("تواصل", "يتواصل"),
    ("بدأ", "يبدأ"),
    ("شرع", "يشرع"),
    ("انطلق", "ينطلق"),
    ("أطلق", "يطلق"),
    ("اختتم", "يختتم"),
    ("أنهى", "ينهي"),
    ("أكمل", "يكمل"),
    ("استأنف", "يستأنف"),
    ("ألغى", "يلغي"),
    ("أجل", "يؤجل"),
    ("أرجأ", "يرجئ"),
    ("حظر", "يحظر"),
    ("فرض", "يفرض"),
    ("رفع", "يرفع"),
    ("خفض", "يخفض"),
    ("أغلق", "يغلق"),
    ("انتهى", "ينتهي"),
    ("توقف", "يتوقف"),
    // Force and security.
    ("شن", "يشن"),
    ("هاجم", "يهاجم"),
    ("استهدف", "يستهدف"),
    ("قصف", "يقصف"),
    ("اقتحم", "يقتحم"),
    ("داهم", "يداهم"),
    ("أسقط", "يسقط"),
    ("دمر", "يدمر"),
    ("سيطر", "يسيطر"),
    ("استعاد", "يستعيد"),
    ("حرر", "يحرر"),
    ("انسحب", "ينسحب"),
    ("أرسل", "يرسل"),
    ("صادر", "يصادر"),
    ("ضبط", "يضبط"),
    ("أحبط", "يحبط"),
    ("أنقذ", "ينقذ"),
    ("أخلى", "يخلي"),
    ("استدعى", "يستدعي"),
    ("استجوب", "يستجوب"),
    ("أفرج", "يفرج"),
    ("قبض", "يقبض"),
    ("لاحق", "يلاحق"),
    ("حاصر", "يحاصر"),
    ("استولى", "يستولي"),
    ("عاقب", "يعاقب"),
    ("ألزم", "يلزم"),
    // Meeting, moving, taking part.
    ("زار", "يزور"),
    ("التقى", "يلتقي"),
    ("استقبل", "يستقبل"),
    ("اجتمع", "يجتمع"),
    ("غادر", "يغادر"),
    ("وصل", "يصل"),
    ("عاد", "يعود"),
    ("توجه", "يتوجه"),
    ("دخل", "يدخل"),
    ("خرج", "يخرج"),
    ("انضم", "ينضم"),
    ("شارك", "يشارك"),
    ("ساهم", "يساهم"),
    ("أسهم", "يسهم"),
    ("ساعد", "يساعد"),
    ("أبرم", "يبرم"),
    ("اتفق", "يتفق"),
    ("تبادل", "يتبادل"),
    ("استضاف", "يستضيف"),
    ("نظم", "ينظم"),
    ("أقام", "يقيم"),
    ("احتفل", "يحتفل"),
    ("احتفى", "يحتفي"),
    ("كرم", "يكرم"),
    ("تسلم", "يتسلم"),
    ("تلقى", "يتلقى"),
    ("حصل", "يحصل"),
    ("نال", "ينال"),
    ("حظي", "يحظى"),
    ("لقي", "يلقى"),
    ("واجه", "يواجه"),
    ("تعرض", "يتعرض"),
    ("عانى", "يعاني"),
    ("خضع", "يخضع"),
    ("اضطر", "يضطر"),
    ("تمكن", "يتمكن"),
    ("نجح", "ينجح"),
    ("فشل", "يفشل"),
    ("استطاع", "يستطيع"),
    ("حاول", "يحاول"),
    ("سعى", "يسعى"),
    ("اعتزم", "يعتزم"),
    ("خطط", "يخطط"),
    ("استعد", "يستعد"),
    ("درس", "يدرس"),
    ("بحث", "يبحث"),
    ("ناقش", "يناقش"),
    ("أجرى", "يجري"),
    ("اختبر", "يختبر"),
    ("اكتشف", "يكتشف"),
    ("طور", "يطور"),
    ("ابتكر", "يبتكر"),
    ("صمم", "يصمم"),
    ("أنتج", "ينتج"),
    ("صنع", "يصنع"),
    ("استخدم", "يستخدم"),
    ("اعتمد", "يعتمد"),
    ("عرض", "يعرض"),
    ("قدم", "يقدم"),
    ("أعاد", "يعيد"),
    ("اختار", "يختار"),
    ("رشح", "يرشح"),
    ("قاد", "يقود"),
    ("ترأس", "يترأس"),
    ("تولى", "يتولى"),
    ("هيمن", "يهيمن"),
    ("احتج", "يحتج"),
    ("تظاهر", "يتظاهر"),
    ("اعتصم", "يعتصم"),
    ("اتخذ", "يتخذ"),
    ("أجاز", "يجيز"),
    ("صادق", "يصادق"),
    ("حسم", "يحسم"),
    ("اقترب", "يقترب"),
    ("تقدم", "يتقدم"),
    ("تداول", "يتداول"),
    ("خصص", "يخصص"),
    ("أنفق", "ينفق"),
    ("استثمر", "يستثمر"),
    ("باع", "يبيع"),
    ("اشترى", "يشتري"),
    ("استحوذ", "يستحوذ"),
    ("ربح", "يربح"),
    ("جمع", "يجمع"),
    ("دفع", "يدفع"),
    ("تبرع", "يتبرع"),
    ("أنشأ", "ينشئ"),
    ("أسس", "يؤسس"),
    ("دشن", "يدشن"),
    ("تابع", "يتابع"),
    ("رصد", "يرصد"),
    ("استبدل", "يستبدل"),
    ("استغل", "يستغل"),
    // Survived; crowned (active `توّج`, passive `تُوّج`: both presents are spelled `يتوج`).
    ("نجا", "ينجو"),
    ("توج", "يتوج"),
    ("استهل", "يستهل"),
    ("نزل", "ينزل"),
    ("زاد", "يزيد"),
    ("أحال", "يحيل"),
    ("وجه", "يوجه"),
    ("نفذ", "ينفذ"),
    ("قام", "يقوم"),
    ("أطاح", "يطيح"),
    ("أودى", "يودي"),
    // What befalls, what comes about.
    ("أثار", "يثير"),
    ("تسبب", "يتسبب"),
    ("أدى", "يؤدي"),
    ("أسفر", "يسفر"),
    ("شهد", "يشهد"),
    ("ضرب", "يضرب"),
    ("اجتاح", "يجتاح"),
    ("هز", "يهز"),
    ("اندلع", "يندلع"),
    ("انتشر", "ينتشر"),
    ("تحول", "يتحول"),
    ("أصبح", "يصبح"),
    ("ظهر", "يظهر"),
    ("اختفى", "يختفي"),
    ("هرب", "يهرب"),
    ("سقط", "يسقط"),
    ("انهار", "ينهار"),
    ("تحطم", "يتحطم"),
    ("انفجر", "ينفجر"),
    // Session 13: the commonest perfects still opening the default outputs as written.
    ("عزز", "يعزز"),
    ("قلل", "يقلل"),
    ("شكر", "يشكر"),
    ("اكتسح", "يكتسح"),
    ("فاجأ", "يفاجئ"),
    ("حرص", "يحرص"),
    ("باشر", "يباشر"),
    ("فكك", "يفكك"),
    ("أحيا", "يحيي"),
    // Session 32: perfects that opened dev headlines as written (`غاب مبابي عن التدريبات`,
    // `أفسد مانشستر يونايتد أفراح`, `انخرط ميسي في التدريبات`, `امتدح المدرب لاعبه`).
    ("غاب", "يغيب"),
    ("أفسد", "يفسد"),
    ("انخرط", "ينخرط"),
    ("امتدح", "يمتدح"),
    // And the active verbs still opening dev standfirsts as written, two or more each
    // (`سخر النجم من`, `كثف الجيش غاراته`, `اهتمت الصحف`); not those whose passive is spelled
    // alike and opens leads too (`كُلف`, `أُدرجت`, `سُلطت الأضواء`, `أُسدل الستار`), those
    // that mostly tell a life or a habit (`أمضى حياته`, `اعتاد المصريون القدماء`), or `حطم`,
    // whose feminine present is `تحطم` ("crashed").
    ("احتدم", "يحتدم"),
    ("اكتمل", "يكتمل"),
    ("حاز", "يحوز"),
    ("لجأ", "يلجأ"),
    ("عمد", "يعمد"),
    ("سخر", "يسخر"),
    ("كثف", "يكثف"),
    ("اهتم", "يهتم"),
    ("عاين", "يعاين"),
];

/// Verbs whose feminine perfect heads active sentences (`اعتقلت الشرطة`, `عبرت الوزارة`)
/// while the masculine is often a passive (`اعتُقل`) or another word (`عبر`, `بين`).
const FEMININE_ONLY: &[(&str, &str)] = &[
    // `فُتح تحقيق`, `افتُتح معرض`, `أُجبر مسافر`, `سُمح لـ`; the nouns `دعم`, `طرح`, the
    // elative `أحدث`.
    ("فتح", "يفتح"),
    ("افتتح", "يفتتح"),
    ("أجبر", "يجبر"),
    ("سمح", "يسمح"),
    ("دعم", "يدعم"),
    ("طرح", "يطرح"),
    ("أحدث", "يحدث"),
    // `نُقل`, `عُقد اجتماع`, `حُمل`, `شُكلت`; the elative `أقدم` and the noun `شكل`.
    ("نقل", "ينقل"),
    ("عقد", "يعقد"),
    ("حمل", "يحمل"),
    ("أقدم", "يقدم"),
    ("شكل", "يشكل"),
    ("اعتقل", "يعتقل"),
    ("احتجز", "يحتجز"),
    ("أوقف", "يوقف"),
    ("منع", "يمنع"),
    ("طرد", "يطرد"),
    // `عُثر على` (impersonal, so never feminine), `حُكم على`.
    ("عثر", "يعثر"),
    ("حكم", "يحكم"),
    // The noun `دار` (a house, a publisher).
    ("دار", "يدور"),
    ("عزل", "يعزل"),
    ("منح", "يمنح"),
    ("كلف", "يكلف"),
    ("عبر", "يعبر"),
    ("بين", "يبين"),
    ("ضمن", "يضمن"),
    ("علم", "يعلم"),
    ("مثل", "يمثل"),
    ("صوت", "يصوت"),
];

/// The spelling the list is matched in: mujaz's normalization (no short vowels or tatweel,
/// one alef, ...) but with alef maqsura kept apart from yeh (`ألقى` is active, `أُلقي`
/// passive).
pub(super) fn fold(word: &str) -> Cow<'_, str> {
    static FOLD: OnceLock<Normalizer> = OnceLock::new();
    FOLD.get_or_init(|| Normalizer::builder().alef_maqsura(false).build())
        .normalize_str(word)
}

/// The feminine perfect: `قال` → `قالت`, `دعا` → `دعت`, `أوصى` → `أوصت`, `لقي` → `لقيت`.
fn feminine_perfect(perfect: &str) -> String {
    let stem = perfect
        .strip_suffix(['ى', 'ا'])
        .filter(|s| s.chars().count() >= 2)
        .unwrap_or(perfect);
    format!("{stem}ت")
}

/// What the list says of one perfect form.
struct Entry {
    imperfect: &'static str,
    /// The form is the feminine perfect.
    feminine: bool,
    /// The perfect opens with a hamzat wasl, written as a plain alef (`اعتقل`, `استقال`).
    wasl: bool,
    /// The passive is written as this form is, short vowels aside (`أُعلن`, `أُفرج`); not
    /// that of a hollow, defective or form III verb (`قيل`, `أُشير`, `دُعي`, `طُولب`), whose
    /// perfect shows a long alef past its first letter (`قال`, `قالت`, `أشار`, `دعا`). A
    /// defective verb's feminine (`دعت`, `أدت`) shows none and keeps the guard: lifting it
    /// changed one dev output, wrongly (`أن ... غارات استهدفت ...، وأدت إلى` → `وتؤدي`, the
    /// raids' verb, not the speaker's).
    passive_alike: bool,
}

/// Folded perfect → its entry (Fx-hashed: probed for most words of every lead, where
/// SipHash had cost 2 % of a standfirst).
fn table() -> &'static FxHashMap<String, Entry> {
    static TABLE: OnceLock<FxHashMap<String, Entry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = FxHashMap::with_capacity_and_hasher(
            2 * VERBS.len() + FEMININE_ONLY.len(),
            Default::default(),
        );
        // `form` is the perfect as the table is keyed (folded), masculine or feminine.
        let entry = |perfect: &str, form: &str, imperfect, feminine: bool| {
            let stem = if feminine {
                form.strip_suffix('ت').unwrap_or(form)
            } else {
                form
            };
            Entry {
                imperfect,
                feminine,
                wasl: perfect.starts_with('ا'),
                passive_alike: !stem.chars().skip(1).any(|c| c == 'ا' || c == 'ى'),
            }
        };
        for &(perfect, imperfect) in VERBS {
            let form = fold(perfect).into_owned();
            let e = entry(perfect, &form, imperfect, false);
            m.insert(form, e);
        }
        for &(perfect, imperfect) in VERBS.iter().chain(FEMININE_ONLY) {
            let form = fold(&feminine_perfect(perfect)).into_owned();
            let e = entry(perfect, &form, imperfect, true);
            m.insert(form, e);
        }
        m
    })
}

/// Prepositions, folded (as written apart: `ب`, `ل` before tatweel or a space).
pub(super) const PREPOSITIONS: &[&str] = &["عن", "على", "في", "من", "الى", "ب", "ل"];

/// Words besides [`PREPOSITIONS`] after which an opening perfect is a passive without its
/// vowels (`أُفرج عن`, `عُثر على`, `أُطلق سراح`; and `كُشف النقاب عن`, the veils of
/// [`super::speech::UNVEILED`]), has no subject to agree with, or is a noun (`رد فعل`); folded.
/// `على` and `إلى` written with yeh count here, not for event nouns, where `علي` is more often
/// the name.
const NO_SUBJECT_AFTER: &[&str] = &["علي", "الي", "سراح", "فعل"];

/// True for a word that shows feminine gender (`الحكومة`, `قوات`, `هذه`): after it, a
/// perfect of form V or VI (`تواصل`, `تصدر`) is the feminine imperfect of another verb
/// (`تواصل قوات الأمن عملياتها`: the forces *continue*).
fn looks_feminine(folded: &str) -> bool {
    folded.ends_with('ة') || folded.ends_with("ات") || matches!(folded, "هذه" | "تلك")
}

/// The present tense of `word` (as written in the article, opening a sentence) when it is
/// the perfect of a listed verb in the third person singular, given the `next` word (as
/// written; `None` when punctuation or nothing follows): `أعلنت` → `تعلن`, `قال` → `يقول`,
/// `اعلن` → `يعلن`.
///
/// `None` for anything else, and where the word is likely not that perfect: vowelled as a
/// passive (`قُتل`), before a preposition (`أُفرج عن`; not a verb whose passive is spelled
/// otherwise, `قال في`, `أشار إلى`), before punctuation or no word, a form VII, VIII or X verb written
/// with a hamza (`أختار`, `أعترف`: the first person), or a form V or VI perfect before a
/// feminine word (`تصدر الحكومة` is already the present of `أصدر`).
///
/// ```
/// use mujaz_summarize::compress::present;
///
/// assert_eq!(present("أعلنت", Some("الحكومة")).as_deref(), Some("تعلن"));
/// assert_eq!(present("قال", Some("الوزير")).as_deref(), Some("يقول"));
/// assert_eq!(present("قُتل", Some("جنديان")), None);
/// assert_eq!(present("أفرج", Some("عن")), None);
/// // Its passive spelled otherwise (`أُشير`), a hollow verb is active before one.
/// assert_eq!(present("أشار", Some("إلى")).as_deref(), Some("يشير"));
/// // `بدا` "seemed" is not `بدأ` "began" written without its hamza.
/// assert_eq!(present("بدأ", Some("الرئيس")).as_deref(), Some("يبدأ"));
/// assert_eq!(present("بدا", Some("الرئيس")), None);
/// ```
pub fn present(word: &str, next: Option<&str>) -> Option<String> {
    // A damma on a perfect marks the passive (`قُتل`, `اتُهم`, `أُعلن`).
    if word.contains('\u{064F}') {
        return None;
    }
    let folded = fold(word);
    let entry = table().get(folded.as_ref())?;
    let (imperfect, feminine) = (entry.imperfect, entry.feminine);
    // A verb whose last root letter is a hamza is written with it: without, `بدا` "seemed"
    // and `هنا` "here" are other words (`بدأ` "began", `هنأ` "congratulated").
    if imperfect.ends_with(['أ', 'ئ']) && !word.contains(['أ', 'ء', 'ئ', 'ؤ']) {
        return None;
    }
    // A word must follow: before punctuation the perfect may be another word (`أجل،`
    // "yes"); before `جديد` it is a noun (`بحث جديد`).
    let next = fold(next?);
    // Before a preposition the perfect of a verb whose passive is spelled otherwise is active
    // (`قال في بيان`, `أشار إلى`, `دعت إلى`).
    if entry.passive_alike
        && (PREPOSITIONS.contains(&next.as_ref())
            || NO_SUBJECT_AFTER.contains(&next.as_ref())
            || super::speech::UNVEILED.contains(&next.as_ref()))
        || matches!(next.as_ref(), "جديد" | "جديدة")
    {
        return None;
    }
    // Forms VII, VIII and X begin with a plain alef; with a hamza it is `أنا` speaking.
    if entry.wasl && word.starts_with(['أ', 'إ']) {
        return None;
    }
    if !feminine && folded.starts_with('ت') && looks_feminine(&next) {
        return None;
    }
    Some(if feminine {
        feminine_imperfect(imperfect)
    } else {
        imperfect.to_string()
    })
}

/// Where the words that show a perfect of [`ACTIVE_BY_EVIDENCE`] active stand.
#[derive(Clone, Copy)]
enum Shows {
    /// After a subject of one word or more, within [`MAX_EVIDENCE_WORDS`] words.
    AfterSubject(&'static [&'static str]),
    /// Right after the verb: its subject is one of these.
    Subject(&'static [&'static str]),
}

/// A perfect, its present and what shows it active ([`ACTIVE_BY_EVIDENCE`]).
type Evidence = (&'static str, &'static str, Shows);

/// Masculine perfects left out of [`VERBS`] for their passive, noun or second verb (`فُتح
/// تحقيق`, `صوت` "a voice", `عُثر على`, `عبر` "across", `وقع` "happened"), each with what
/// shows the active verb in the words after its subject: `فتح` before its object (`فتح
/// الاتحاد الدولي تحقيقا`, `فتح مهربون النار`), `صوت` before how it voted (`صوت البرلمان
/// لصالح`, `ضد`, `بأغلبية`), `عثر` before the `على` of what was found (`عثر علماء آثار على`;
/// the passive has `على` right after it), `عبر` before `عن` (`عبر الرئيس عن تأييده`), `وقع`
/// before what was signed (`وقع الرئيس أمرا تنفيذيا`, `عقدا`, `اتفاقا`), and `عقد`, `قطع`,
/// `نقل`, `حكم`, `انتخب` (see each).
const ACTIVE_BY_EVIDENCE: &[Evidence] = &[
    (
        "فتح",
        "يفتح",
        Shows::AfterSubject(&[
            "تحقيقا",
            "النار",
            "ابوابه",
            "ابوابها",
            "ابوابهم",
            "المجال",
            "ملفا",
            "بابا",
        ]),
    ),
    (
        "صوت",
        "يصوت",
        Shows::AfterSubject(&["لصالح", "ضد", "باغلبية", "بالاجماع", "علي", "على"]),
    ),
    ("عثر", "يعثر", Shows::AfterSubject(&["علي", "على"])),
    // `عُقد اجتماع` was held: the active before what was held (`عقد البرلمان أول جلسة`).
    (
        "عقد",
        "يعقد",
        Shows::AfterSubject(&[
            "جلسة",
            "جلسته",
            "جلستها",
            "اجتماعا",
            "مؤتمرا",
            "لقاء",
            "قمة",
            "محادثات",
            "مباحثات",
            "ندوة",
        ]),
    ),
    // `قُطع التيار`: the active before a step taken (`قطع الفريق خطوة مهمة`).
    (
        "قطع",
        "يقطع",
        Shows::AfterSubject(&["خطوة", "خطوات", "شوطا"]),
    ),
    // `نُقل إلى المستشفى`, `نُقل عن`: the active relays after its subject (`نقل التلفزيون
    // الإيراني عن الوزارة`).
    ("نقل", "ينقل", Shows::AfterSubject(&["عن"])),
    // `حُكم على`: the active rules after its subject (`حكم القضاء بالسجن`, `على`).
    (
        "حكم",
        "يحكم",
        Shows::AfterSubject(&["بالسجن", "بالاعدام", "باعدام", "بسجن", "علي", "على"]),
    ),
    // `عبّر عن` "expressed" (`عبر` is also "across").
    ("عبر", "يعبر", Shows::AfterSubject(&["عن"])),
    // `وقّع` "signed", before what was signed (`وقع` is also "happened", `وقع الاختيار على`).
    (
        "وقع",
        "يوقع",
        Shows::AfterSubject(&[
            "اتفاقا",
            "اتفاقية",
            "اتفاقيات",
            "عقدا",
            "عقدين",
            "امرا",
            "مرسوما",
            "قرارا",
            "مذكرة",
            "غرامة",
            "وثيقة",
            // Session 32: a bill (`وقع حاكم فلوريدا ريك سكوت الجمعة مشروع قانون`), and a
            // quantity in the accusative, which only an object takes (`وقعت مصر عددا من
            // الاتفاقيات`).
            "مشروع",
            "عددا",
        ]),
    ),
    // `انتخب` ("elected"; its passive `انتُخب` is spelled alike) after a body that elects
    // (`انتخب البرلمان العراقي برهم صالح رئيسا`); after a name or anything else it may be the
    // passive (`انتخب إيفان دوكي رئيسا`, `انتخبت ألمانيا وبلجيكا` to a council).
    (
        "انتخب",
        "ينتخب",
        Shows::Subject(&[
            "البرلمان",
            "مجلس",
            "اعضاء",
            "الحزب",
            "الائتلاف",
            "الجمعية",
            "الكونغرس",
            "النواب",
            "الناخبون",
            "المقترعون",
        ]),
    ),
];

/// The [`ACTIVE_BY_EVIDENCE`] entry of `folded` (a masculine perfect, or its feminine in `ت`:
/// `وقعت قطر اتفاقية`) and whether it is the feminine.
fn evidence_entry(folded: &str) -> Option<(&'static Evidence, bool)> {
    let find = |w: &str| {
        ACTIVE_BY_EVIDENCE
            .iter()
            .find(|(perfect, ..)| *perfect == w)
    };
    find(folded).map(|e| (e, false)).or_else(|| {
        // Not `صوت`'s own `ت`.
        let masculine = folded.strip_suffix('ت').filter(|m| *m != "صو")?;
        find(masculine).map(|e| (e, true))
    })
}

/// Whether `word` (as written) is one of [`ACTIVE_BY_EVIDENCE`]'s perfects, whose following
/// words [`present_by_evidence`] must read.
pub(super) fn reads_evidence(word: &str) -> bool {
    evidence_entry(&fold(word)).is_some()
}

/// Most words after the verb that [`present_by_evidence`] reads.
pub(super) const MAX_EVIDENCE_WORDS: usize = 14;

/// The present of an opening `فتح`, `صوت`, `عثر`, `عبر`, `وقع`, `عقد`, `قطع`, `نقل` or `حكم`
/// (as written; or their feminine) when the `following` words (normalized, up to punctuation
/// but for commas) show the active verb: a subject of one word or more (not a preposition or
/// a time), then within fourteen words what shows it: an object of `فتح` (`تحقيقا`, `النار`), how
/// `صوت` voted (`لصالح`, `ضد`), the `على` of what `عثر` found, the `عن` after `عبر` or `نقل`
/// (not `عن طريق`), what `وقع` signed (`عقدا`, `اتفاقية`), what `عقد` held (`جلسة`), the step
/// `قطع` took (`خطوة`), the sentence `حكم` passed (`بالسجن`); or `انتخب` with a body that
/// elects right after it (`البرلمان`, `مجلس`, `أعضاء`, `الحزب`, ...). `None` otherwise, and
/// for any other word.
///
/// ```
/// use mujaz_summarize::compress::present_by_evidence;
///
/// assert_eq!(present_by_evidence("فتح", &["النائب", "العام", "تحقيقا"]).as_deref(), Some("يفتح"));
/// assert_eq!(present_by_evidence("صوت", &["البرلمان", "لصالح", "القانون"]).as_deref(), Some("يصوت"));
/// assert_eq!(present_by_evidence("عثر", &["علماء", "اثار", "علي", "تمثال"]).as_deref(), Some("يعثر"));
/// assert_eq!(present_by_evidence("وقعت", &["قطر", "اتفاقية"]).as_deref(), Some("توقع"));
/// // A bill, a quantity in the accusative, and what was signed past a long subject.
/// let bill = ["حاكم", "فلوريدا", "ريك", "سكوت", "الجمعة", "مشروع", "قانون"];
/// assert_eq!(present_by_evidence("وقع", &bill).as_deref(), Some("يوقع"));
/// assert_eq!(present_by_evidence("وقعت", &["مصر", "عددا", "من"]).as_deref(), Some("توقع"));
/// let long = "تركي ال الشيخ رئيس الهيئة العامة للرياضة ورئيس اللجنة الاولمبية العربية السعودية اتفاقية";
/// let long: Vec<&str> = long.split(' ').collect();
/// assert_eq!(present_by_evidence("وقع", &long).as_deref(), Some("يوقع"));
/// assert_eq!(present_by_evidence("انتخب", &["البرلمان", "العراقي"]).as_deref(), Some("ينتخب"));
/// assert_eq!(present_by_evidence("انتخب", &["ايفان", "دوكي", "رئيسا"]), None);
/// // The passive: what was opened or found right after it.
/// assert_eq!(present_by_evidence("فتح", &["تحقيق", "في", "الحادث"]), None);
/// assert_eq!(present_by_evidence("عثر", &["علي", "جثة"]), None);
/// // `صوت` "a voice", `وقعت` "happened".
/// assert_eq!(present_by_evidence("صوت", &["المعارضة", "في", "البرلمان"]), None);
/// assert_eq!(present_by_evidence("وقعت", &["مواجهات", "عنيفة"]), None);
/// ```
pub fn present_by_evidence(word: &str, following: &[&str]) -> Option<String> {
    if word.contains('\u{064F}') {
        return None;
    }
    let (&(_, imperfect, shows), feminine) = evidence_entry(&fold(word))?;
    let evidence = match shows {
        Shows::Subject(subjects) => {
            return following
                .first()
                .is_some_and(|w| subjects.contains(w))
                .then(|| present_of(imperfect, feminine));
        }
        Shows::AfterSubject(evidence) => evidence,
    };
    // A subject first: not the evidence itself, a preposition or a time, after which the
    // verb is an impersonal passive (`حُكم في المغرب على`, `نُقل الخميس عن`).
    let subject = |w: &&str| {
        !evidence.contains(w)
            && !PREPOSITIONS.contains(w)
            && !matches!(*w, "الي" | "علي" | "مع" | "خلال" | "منذ")
            && !super::speech::is_time_word(w)
    };
    let window = &following[..following.len().min(MAX_EVIDENCE_WORDS)];
    // Not `عن طريق` "by way of" (`نُقل الجرحى ... عن طريق البر`).
    let shows = |i: usize| {
        evidence.contains(&window[i])
            && !(window[i] == "عن" && following.get(i + 1) == Some(&"طريق"))
    };
    let shown = following.first().is_some_and(subject) && (1..window.len()).any(shows);
    shown.then(|| present_of(imperfect, feminine))
}

/// `imperfect` (masculine) as written for a masculine or feminine subject.
fn present_of(imperfect: &str, feminine: bool) -> String {
    if feminine {
        feminine_imperfect(imperfect)
    } else {
        imperfect.to_string()
    }
}

/// True when `word` (as written) is a listed verb's perfect, bare or with an object pronoun
/// (`استهدفت`, `أسقطتها`): a second finite verb, which opens a clause of its own.
pub(super) fn is_listed_perfect(word: &str) -> bool {
    let folded = fold(word);
    table().contains_key(folded.as_ref()) || listed_with_object(&folded)
}

/// True when `word` (as written) is a listed verb's perfect, bare, masculine (`أطلق`, `قرر`)
/// or feminine (`ألغت`, `قررت`) as asked: after a speaker's `إنه`/`إنها`, the speaker's own
/// verb.
pub(super) fn is_listed_perfect_of(word: &str, feminine: bool) -> bool {
    table()
        .get(fold(word).as_ref())
        .is_some_and(|e| e.feminine == feminine)
}

/// The feminine of a third-person masculine imperfect: `يقول` → `تقول`.
fn feminine_imperfect(imperfect: &str) -> String {
    let rest = imperfect.strip_prefix('ي').unwrap_or(imperfect);
    format!("ت{rest}")
}

/// True when `word` (as written) is a listed verb, its perfect or its imperfect (see
/// [`is_listed_perfect`], [`is_listed_imperfect`]).
pub(super) fn is_listed_verb(word: &str) -> bool {
    is_listed_perfect(word) || is_listed_imperfect(word)
}

/// True when `word` (as written, without a conjunction) is shaped like a perfect of the
/// derived forms written with a bare alef, which nouns do not share: `انفعل`/`افتعل`
/// (`انتقل`, `ارتبط`, `اعتبر`) and `استفعل` (`استمع`), with a feminine `ت` or an object
/// pronoun (`انتقلت`, `اغتصبها`). Their nouns have a long vowel (`انتقال`, `استقبال`,
/// `استاد`); `أ` (`أنقرة`) and the article (`التبغ`, though `التحق` is a verb) are left out.
///
/// Used where a verb only needs telling from a noun (a clause opening at a cut), not to
/// rewrite it: the shape does not say which verb it is.
pub(super) fn is_derived_perfect(word: &str) -> bool {
    let bare = strip_object_pronoun(word).map_or(word, |(stem, _)| stem);
    let stem = bare.strip_suffix('ت').unwrap_or(bare);
    // Five or six letters: seven read tell a longer word.
    let (c, n) = first_chars::<7>(stem);
    let consonant = |ch: char| !matches!(ch, 'ا' | 'و' | 'ي' | 'ى' | 'ة' | 'أ' | 'إ' | 'آ' | 'ء');
    let arabic = |ch: char| ('\u{0621}'..='\u{064A}').contains(&ch);
    let letters = c[..n].iter().all(|&ch| arabic(ch));
    letters
        && c[0] == 'ا'
        && c[1] != 'ل'
        && match n {
            5 => (c[1] == 'ن' || c[2] == 'ت') && consonant(c[3]) && consonant(c[4]),
            6 => c[1] == 'س' && c[2] == 'ت' && c[3..6].iter().all(|&ch| consonant(ch)),
            _ => false,
        }
}

/// True when `word` (as written) is a listed verb's imperfect in the third person singular
/// (`يقول`, `تعلن`): a finite verb, which opens a clause of its own.
pub(super) fn is_listed_imperfect(word: &str) -> bool {
    static IMPERFECTS: OnceLock<FxHashSet<String>> = OnceLock::new();
    let set = IMPERFECTS.get_or_init(|| {
        VERBS
            .iter()
            .chain(FEMININE_ONLY)
            .flat_map(|&(_, imperfect)| {
                [
                    fold(imperfect).into_owned(),
                    fold(&feminine_imperfect(imperfect)).into_owned(),
                ]
            })
            .collect()
    });
    set.contains(fold(word).as_ref())
}

/// True when `word` (as written) is a listed verb's perfect with an object pronoun
/// (`نظمته`, `أصدرتها`), as an asyndetic relative clause opens (`حفل نظمته الحركة`).
pub(super) fn is_listed_perfect_with_object(word: &str) -> bool {
    listed_with_object(&fold(word))
}

/// [`is_listed_perfect_with_object`] of a folded word.
fn listed_with_object(folded: &str) -> bool {
    strip_object_pronoun(folded).is_some_and(|(stem, _)| table().contains_key(stem))
}

/// A verb's word split before its object pronoun (`اعتبرته` → `اعتبرت`, `ه`), when it ends
/// with one (`هما`, `هم`, `ها`, `ه`: no two of them end alike, so at most one matches).
fn strip_object_pronoun(word: &str) -> Option<(&str, &'static str)> {
    ["هما", "هم", "ها", "ه"]
        .iter()
        .find_map(|p| word.strip_suffix(p).map(|stem| (stem, *p)))
}

/// The first letter of the present of a listed perfect (normalized, its object pronoun
/// allowed): `ت` for a feminine perfect (`وجهت`, `وجهتها`, `أعلنت`), `ي` otherwise; `None`
/// for a plural or dual.
pub(super) fn perfect_person(w: &str) -> Option<char> {
    let bare = strip_object_pronoun(w).map_or(w, |(stem, _)| stem);
    if bare.ends_with("وا") || bare.ends_with("تا") {
        return None;
    }
    Some(if bare.ends_with('ت') { 'ت' } else { 'ي' })
}

/// [`present`] of a listed verb's perfect with an object pronoun, the pronoun kept
/// (`اعتبره` → `يعتبره`, `أبلغتها` → `تبلغها`, `استقبلهم` → `يستقبلهم`): only a perfect of four
/// letters or more opening with an alef (forms IV, VII, VIII, X), whose verbal noun is spelled
/// otherwise (`اعتبار`, `إبلاغ`); a form I, II or V perfect with `ه` is as often a verbal noun
/// with its possessive (`ودعمه`, `ونشره`, `وتقدمه`: "and his support").
pub(super) fn present_with_object(word: &str, next: Option<&str>) -> Option<String> {
    let (stem, pronoun) = strip_object_pronoun(word)?;
    if !stem.starts_with(['ا', 'أ', 'إ']) || stem.chars().count() < 4 {
        return None;
    }
    let present = present(stem, next)?;
    // An alef maqsura is written as alef before a pronoun (`يرى` → `يراه`).
    let present = match present.strip_suffix('ى') {
        Some(rest) => format!("{rest}ا"),
        None => present,
    };
    Some(format!("{present}{pronoun}"))
}

/// The present of a listed verb's perfect in the third person masculine plural (`قالوا` →
/// `يقولون`, `قاموا` → `يقومون`), under [`present`]'s guards for its singular; `None` for
/// anything else (`دعوا`, whose singular `دعا` drops the alef, is left as written).
pub(super) fn present_plural(word: &str, next: Option<&str>) -> Option<String> {
    let stem = word.strip_suffix('ا')?.strip_suffix('و')?;
    // A damma before the plural's waw is its vowel, not a passive's (`قَالُوا`).
    let stem = stem.trim_end_matches(mujaz_text::normalize::is_diacritic);
    let singular = present(stem, next)?;
    singular
        .starts_with('ي')
        .then(|| plural(&singular))
        .flatten()
}

/// Nouns of people in a broken plural (normalized, without the article): before its verb such
/// a subject takes a plural verb (`علماء يقولون`), where after it the verb stayed singular
/// (`قال علماء`).
const PEOPLE_PLURALS: &[&str] = &[
    "علماء",
    "خبراء",
    "شهود",
    "نشطاء",
    "عمال",
    "اطباء",
    "سكان",
    "اعضاء",
    "قادة",
    "زعماء",
    "وزراء",
    "نواب",
    "طلاب",
    "جنود",
    "رجال",
    "اطفال",
    "اهالي",
    "اقارب",
    "اصدقاء",
    "زملاء",
    "رؤساء",
    "سفراء",
    "اساتذة",
    "ائمة",
    "ضباط",
    "قضاة",
    "امراء",
    "ابناء",
    "اباء",
    "نساء",
    "فقهاء",
    "شباب",
    "لاعبو",
    "ممثلو",
    "مسؤولو",
    "موظفو",
    "محامو",
    "مديرو",
    "مقاتلو",
    "زوار",
    // Security forces' members (`عناصر الأمن`, `أعوان الحرس`, `أفراد الشرطة`).
    "عناصر",
    "اعوان",
    "افراد",
    "اشخاص",
    // Peoples (`الأكراد يتمكنون`, not `يتمكن`) and others many at once.
    "اكراد",
    "عرب",
    "اتراك",
    "روس",
    "ارمن",
    "افغان",
    "بدو",
    "ركاب",
    "حجاج",
    "تلاميذ",
    "سجناء",
    "اسري",
    "ثوار",
    "حراس",
    "انصار",
    "اتباع",
    "شعراء",
    "ملوك",
    "رهائن",
    "مرضي",
    "فقراء",
    "اغنياء",
    "مشاهير",
];

/// True when a subject opening with `head` (normalized) needs a plural verb before it: a
/// sound masculine plural of people (`مسؤولون`, `الباحثون`, `أمريكيون`), or a people's
/// broken plural (`علماء`, `مسؤولو`).
pub(super) fn names_people_in_plural(head: &str) -> bool {
    let w = head.strip_prefix("ال").unwrap_or(head);
    is_sound_plural_of_people(w) || PEOPLE_PLURALS.contains(&w)
}

/// True when `w` (normalized, without the article) is shaped like a sound masculine plural of
/// people: a nisba (`أمريكيون`, `الحوثيون`), a participle in `م-` (`مسؤولون`, `متظاهرون`,
/// `مواطنون`) or a `فاعلون` (`باحثون`, `ناشطون`, `ناجون`), or `آخرون`. Not names that end so
/// (`ماكرون`, `جونسون`, `موريسون`, `بولتون`, `هارون`: `ماكرون يقولون` had been written), nor
/// `مليون`, `قانون`, `تلفزيون`.
fn is_sound_plural_of_people(w: &str) -> bool {
    let mut c = w.chars();
    let (Some(first), Some(second), third) = (c.next(), c.next(), c.next()) else {
        return false;
    };
    let n = w.chars().count();
    if n < 5
        || !w.ends_with("ون")
        || w.starts_with("لل")
        || matches!(w, "قانون" | "مليون" | "تلفزيون" | "هارون")
    {
        return false;
    }
    w.ends_with("يون")
        || matches!(w, "اخرون" | "ناجون" | "كثيرون")
        // `مسؤولون`, `مواطنون`; not `ماكرون`, `ميلسون`, nor `موريسون` (`-سون`, a name's end
        // after `مو-`).
        || first == 'م' && !matches!(second, 'ا' | 'ي') && !(second == 'و' && w.ends_with("سون"))
        // `باحثون`, `ناشطون` (`فاعلون`) and `غواصون`, `طيارون` (`فعالون`); not `شارون`,
        // `جاسون`, `أمازون`.
        // Not `لايتون`, `دايتون` (a name's `-ايتون`: no `فاعلون` has `ي` after its alef).
        || !matches!(first, 'م' | 'ا')
            && n == 6
            && (second == 'ا' && third != Some('ي') || third == Some('ا'))
}

/// Singulars whose dual names two people or two bodies that speak (normalized, without the
/// article): `مصدران`, `مسؤولان`, `منظمتان` (with `ة` written `ت` before the ending).
const SPEAKER_SINGULARS: &[&str] = &[
    "مصدر",
    "مسؤول",
    "شاهد",
    "مسلح",
    "وزير",
    "رئيس",
    "نائب",
    "خبير",
    "باحث",
    "عالم",
    "طبيب",
    "لاعب",
    "مواطن",
    "شخص",
    "جندي",
    "طرف",
    "حزب",
    "بلد",
    "ناشط",
    "صحفي",
    "مراسل",
    "مدير",
    "سفير",
    "مبعوث",
    "دبلوماسي",
    "زعيم",
    "قائد",
    "عضو",
    "ضابط",
    "مسؤولة",
    "منظمة",
    "شركة",
    "صحيفة",
    "دولة",
    "وكالة",
    "وزارة",
    "جماعة",
    "حركة",
    "مؤسسة",
    "محكمة",
];

/// True when `w` (normalized) ties a second speaker to the first with `و` (`ووزير
/// الداخلية`, `وآخر كنسي`, `والمنظمة`): before the verb the two would take a dual.
pub(super) fn adds_a_speaker(w: &str) -> bool {
    w.strip_prefix('و').is_some_and(|rest| {
        let bare = rest.strip_prefix("ال").unwrap_or(rest);
        SPEAKER_SINGULARS.contains(&bare) || matches!(bare, "اخر" | "اخري")
    })
}

/// True when a subject opening with `head` (normalized) is a dual of people or bodies in the
/// nominative (`مصدران`, `المسؤولان`, `منظمتان`, in a construct `قائدا`): before it the verb
/// was singular (`قال مصدران`), after it the verb must be dual (`مصدران يقولان`). Only listed
/// singulars: most words ending in `ان` are not duals (`لبنان`, `البرلمان`).
pub(super) fn names_two(head: &str) -> bool {
    let w = head.strip_prefix("ال").unwrap_or(head);
    // In a construct the dual drops its `ن` (`قائدا الأمن والدرك`); a subject is nominative,
    // so the alef is no accusative's.
    let Some(stem) = w.strip_suffix("ان").or_else(|| w.strip_suffix('ا')) else {
        return false;
    };
    let stem = match stem.strip_suffix('ت') {
        Some(s) if SPEAKER_SINGULARS.contains(&format!("{s}ة").as_str()) => return true,
        _ => stem,
    };
    SPEAKER_SINGULARS.contains(&stem)
}

/// The dual of a third-person imperfect, masculine or feminine (`يقول` → `يقولان`, `تعلن` →
/// `تعلنان`, `يدعو` → `يدعوان`, `يرى` → `يريان`); `None` for one ending in a hamza, whose seat
/// the dual changes (`يبدأ` → `يبدآن`).
pub(super) fn dual(imperfect: &str) -> Option<String> {
    if imperfect.ends_with(['أ', 'ء', 'ئ', 'ؤ']) {
        return None;
    }
    Some(match imperfect.strip_suffix('ى') {
        Some(stem) => format!("{stem}يان"),
        None => format!("{imperfect}ان"),
    })
}

/// The masculine plural of a third-person imperfect (`يقول` → `يقولون`, `يدعو` → `يدعون`,
/// `يرى` → `يرون`, `ينفي` → `ينفون`); `None` for a feminine one, or one ending in a hamza, whose
/// seat the plural changes (`يبدأ` → `يبدؤون`).
pub(super) fn plural(imperfect: &str) -> Option<String> {
    if !imperfect.starts_with('ي') || imperfect.ends_with(['أ', 'ء', 'ئ', 'ؤ']) {
        return None;
    }
    let stem = imperfect.strip_suffix(['و', 'ي', 'ى']).unwrap_or(imperfect);
    Some(format!("{stem}ون"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_derived_perfects_by_shape() {
        for verb in [
            "انتقل",
            "ارتبط",
            "اعتبرت",
            "اغتصبها",
            "استمعت",
            "انخفض",
            "استعر",
        ] {
            assert!(is_derived_perfect(verb), "{verb}");
        }
        // Nouns have a long vowel; `أ`, the article, a vowelled word and Latin are not read.
        for word in [
            "انتقال",
            "استقبال",
            "استاد",
            "اتحاد",
            "اجتماع",
            "أنقرة",
            "التبغ",
            "انتقَل",
            "abcde",
            "استراتيجية",
        ] {
            assert!(!is_derived_perfect(word), "{word}");
        }
    }

    #[test]
    fn conjugates_listed_verbs() {
        assert_eq!(present("أعلنت", Some("الوزير")).as_deref(), Some("تعلن"));
        assert_eq!(present("أعلن", Some("الوزير")).as_deref(), Some("يعلن"));
        assert_eq!(present("اعلن", Some("الوزير")).as_deref(), Some("يعلن"));
        assert_eq!(present("قال", Some("الوزير")).as_deref(), Some("يقول"));
        // Before a preposition: a perfect whose passive is spelled otherwise is active; a
        // defective verb's feminine shows no alef and keeps the guard.
        assert_eq!(present("قالت", Some("في")).as_deref(), Some("تقول"));
        assert_eq!(present("دعا", Some("إلى")).as_deref(), Some("يدعو"));
        assert_eq!(present("دعت", Some("إلى")), None);
        assert_eq!(present("أعلن", Some("عن")), None);
        assert_eq!(present("قالت", Some("الوزير")).as_deref(), Some("تقول"));
        assert_eq!(present("أوصت", Some("الوزير")).as_deref(), Some("توصي"));
        assert_eq!(present("أوصى", Some("الوزير")).as_deref(), Some("يوصي"));
        assert_eq!(present("دعت", Some("الوزير")).as_deref(), Some("تدعو"));
        assert_eq!(present("لقيت", Some("الوزير")).as_deref(), Some("تلقى"));
        assert_eq!(present("تعهدت", Some("الوزير")).as_deref(), Some("تتعهد"));
        assert_eq!(present("أكّدت", Some("الوزير")).as_deref(), Some("تؤكد"));
        assert_eq!(present("حــذر", Some("الوزير")).as_deref(), Some("يحذر"));
        assert_eq!(present("اعتقلت", Some("الوزير")).as_deref(), Some("تعتقل"));
        assert_eq!(present("ألقت", Some("الوزير")).as_deref(), Some("تلقي"));
        // Session 12's: hollow `زاد`, `دار` in the feminine only (`دار` is also a house).
        assert_eq!(present("استغلت", Some("الشركة")).as_deref(), Some("تستغل"));
        assert_eq!(present("استهل", Some("المنتخب")).as_deref(), Some("يستهل"));
        assert_eq!(present("نزل", Some("الآلاف")).as_deref(), Some("ينزل"));
        assert_eq!(present("زادت", Some("الأسعار")).as_deref(), Some("تزيد"));
        assert_eq!(present("دارت", Some("اليوم")).as_deref(), Some("تدور"));
        assert_eq!(present("دار", Some("النشر")), None);
        // Session 32's: a hollow verb, forms IV, VII and VIII.
        assert_eq!(present("غاب", Some("اللاعب")).as_deref(), Some("يغيب"));
        assert_eq!(present("غابت", Some("السينما")).as_deref(), Some("تغيب"));
        assert_eq!(present("أفسد", Some("الفريق")).as_deref(), Some("يفسد"));
        assert_eq!(present("انخرط", Some("النجم")).as_deref(), Some("ينخرط"));
        assert_eq!(present("امتدح", Some("المدرب")).as_deref(), Some("يمتدح"));
        assert_eq!(present("سخرت", Some("المتحدثة")).as_deref(), Some("تسخر"));
        assert_eq!(present("لجأت", Some("واشنطن")).as_deref(), Some("تلجأ"));
        assert_eq!(present("حاز", Some("فيلم")).as_deref(), Some("يحوز"));
        assert_eq!(present("اهتمت", Some("الصحف")).as_deref(), Some("تهتم"));
        // A life or a habit told in the past stays there.
        assert_eq!(present("أمضى", Some("الكاتب")), None);
        assert_eq!(present("اعتاد", Some("المصريون")), None);
    }

    #[test]
    fn leaves_passives_nouns_and_unlisted_words() {
        assert_eq!(present("قُتل", Some("الوزير")), None);
        assert_eq!(present("أُعلن", Some("الوزير")), None);
        // Active `ألقى` and passive `أُلقي` differ in their last letter.
        assert_eq!(present("ألقي", Some("الوزير")), None);
        assert_eq!(present("اعتقل", Some("الوزير")), None);
        assert_eq!(present("عبر", Some("الوزير")), None);
        assert_eq!(present("مثل", Some("الوزير")), None);
        assert_eq!(present("توفي", Some("الوزير")), None);
        assert_eq!(present("الحكومة", Some("الوزير")), None);
        assert_eq!(present("وقال", Some("الوزير")), None);
    }

    #[test]
    fn guards() {
        // A preposition after: a passive without vowels, or no subject.
        assert_eq!(present("أفرج", Some("عن")), None);
        assert_eq!(present("أطلق", Some("سراح")), None);
        assert_eq!(present("رد", Some("فعل")), None);
        assert_eq!(present("أجل", None), None);
        assert_eq!(present("بحث", Some("جديد")), None);
        assert_eq!(present("بحث", Some("الرئيس")).as_deref(), Some("يبحث"));
        // A form VIII verb with a hamza is the first person.
        assert_eq!(present("أعترف", Some("أننا")), None);
        assert_eq!(present("اعترف", Some("مايكل")).as_deref(), Some("يعترف"));
        assert_eq!(present("أختار", Some("أن")), None);
        // Form V before a feminine word: already the present of another verb.
        assert_eq!(present("تواصل", Some("قوات")), None);
        assert_eq!(present("تصدر", Some("الحكومة")), None);
        assert_eq!(present("تسبب", Some("هذه")), None);
        assert_eq!(present("تصدر", Some("رجل")).as_deref(), Some("يتصدر"));
        assert_eq!(present("تعادل", Some("فريق")).as_deref(), Some("يتعادل"));
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("يقول").as_deref(), Some("يقولون"));
        assert_eq!(plural("يدعو").as_deref(), Some("يدعون"));
        assert_eq!(plural("يرى").as_deref(), Some("يرون"));
        assert_eq!(plural("ينفي").as_deref(), Some("ينفون"));
        assert_eq!(plural("يؤكد").as_deref(), Some("يؤكدون"));
        assert_eq!(plural("تقول"), None);
        assert_eq!(plural("يبدأ"), None);
        assert!(names_people_in_plural("مسؤولون"));
        assert!(names_people_in_plural("الباحثون"));
        assert!(names_people_in_plural("علماء"));
        assert!(names_people_in_plural("مسؤولو"));
        assert!(names_people_in_plural("عناصر"));
        assert!(!names_people_in_plural("الوزير"));
        assert!(!names_people_in_plural("قانون"));
        for plural in [
            "أمريكيون",
            "الحوثيون",
            "متظاهرون",
            "مواطنون",
            "ناجون",
            "ناشطون",
            "آخرون",
            "غواصون",
            "الكثيرون",
        ] {
            assert!(names_people_in_plural(&fold(plural)), "{plural}");
        }
        for name in [
            "ماكرون",
            "جونسون",
            "موريسون",
            "بولتون",
            "هارون",
            "فيغانون",
            "كاميرون",
            "شارون",
            "أمازون",
            "جاسون",
        ] {
            assert!(!names_people_in_plural(&fold(name)), "{name}");
        }
        assert!(!names_people_in_plural("مصادر"));
        assert_eq!(
            present_plural("قالوا", Some("إن")).as_deref(),
            Some("يقولون")
        );
        assert_eq!(
            present_plural("قَالُوا", Some("إن")).as_deref(),
            Some("يقولون")
        );
        assert_eq!(
            present_plural("قاموا", Some("بقطع")).as_deref(),
            Some("يقومون")
        );
        assert_eq!(
            present_plural("اعترفوا", Some("بالحاجة")).as_deref(),
            Some("يعترفون")
        );
        assert_eq!(present_plural("قُتِلُوا", Some("جميعا")), None);
        assert_eq!(present_plural("أعربوا", Some("عن")), None);
        assert_eq!(present_plural("قالت", Some("إن")), None);
        assert_eq!(present_plural("دعوا", Some("إلى")), None);
        assert!(names_two("مصدران"));
        assert!(names_two("المسؤولان"));
        assert!(names_two("منظمتان"));
        assert!(!names_two("لبنان"));
        assert!(!names_two("البرلمان"));
        assert!(!names_two("مصدر"));
        assert!(names_two("قائدا"));
        assert!(names_two("منظمتا"));
        assert!(!names_two("الدنيا"));
        assert_eq!(dual("يقول").as_deref(), Some("يقولان"));
        assert_eq!(dual("تعلن").as_deref(), Some("تعلنان"));
        assert_eq!(dual("يدعو").as_deref(), Some("يدعوان"));
        assert_eq!(dual("يرى").as_deref(), Some("يريان"));
        assert_eq!(dual("ينفي").as_deref(), Some("ينفيان"));
        assert_eq!(dual("يبدأ"), None);
    }

    #[test]
    fn every_entry_is_a_distinct_verb() {
        let mut seen = std::collections::HashSet::new();
        for &(perfect, imperfect) in VERBS.iter().chain(FEMININE_ONLY) {
            assert!(
                seen.insert(fold(perfect).into_owned()),
                "{perfect} listed twice"
            );
            assert!(imperfect.starts_with('ي'), "{imperfect}");
        }
        // No feminine form is another entry's masculine.
        for &(perfect, _) in VERBS.iter().chain(FEMININE_ONLY) {
            let fem = fold(&feminine_perfect(perfect)).into_owned();
            assert!(seen.insert(fem.clone()), "{fem} is two forms");
        }
    }
}
