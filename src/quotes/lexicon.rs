//! Word lists the rules consult: particles, quotative endings, reporting verbs, titles,
//! organisation endings, countries, surnames and pronouns.
//!
//! Everything here describes Korean (and a little English) news style in general; nothing is
//! tuned to a particular article. Lists are small slices searched linearly because every lookup
//! is on one short word.

/// Endings glued to a closing quotation mark that report speech (longest first, so that
/// `이라고` wins over `고`).
#[rustfmt::skip]
pub const QUOTATIVE: &[&str] = &[
    "이라면서", "이라면서도", "라면서도", "라면서", "이라고", "이라며", "라고", "라며", "면서", "하고", "고", "며",
];

/// Quotative endings that chain a quote to a following one sharing the same verb.
pub const CHAINING: &[&str] = &["이라면서", "라면서", "이라며", "라며", "면서", "며"];

/// Endings glued to a closing mark that make the quote a term, title or name (`라는` ...).
#[rustfmt::skip]
pub const ADNOMINAL: &[&str] = &[
    "이라는", "라는", "이란", "란", "이라던", "라던", "이라 불리는",
];

/// Words after `라고` that name something rather than report speech (`"X"라고 불리는`).
#[rustfmt::skip]
pub const NAMING_VERBS: &[&str] = &[
    "불리", "부르", "불린", "부른", "이름", "명명", "칭하", "일컫",
];

/// Nouns of `-하다` reporting verbs (`설명` + `했다`).
#[rustfmt::skip]
pub const REPORT_NOUNS: &[&str] = &[
    "말", "설명", "지적", "강조", "회상", "경고", "평가", "묘사", "언급", "일축", "주장", "보도", "발표", "비판", "답", "해명",
    "반박", "부연", "촉구", "요구", "당부", "예측", "인정", "시사", "표현", "토로", "호소", "진단", "분석", "전망", "제안", "약속",
    "고백", "칭찬", "비난", "우려", "질문", "대답", "응답", "답변", "논평", "조언", "단언", "역설", "피력", "자평", "반문", "항변",
    "해석", "설파", "귀띔", "증언", "예상", "전", "선언", "공언", "발언", "보고", "기고", "덧붙", "비유", "주문", "요청", "당부",
    "자신", "확신", "단정", "규정", "꼬집", "반발", "항의", "인용", "소개", "고발", "폭로", "제기", "되물", "회고", "술회", "질타",
    "성토", "토로", "부인", "긍정", "시인", "전언", "문의", "예고", "경계", "주의", "우려", "호평", "혹평",
];

/// Endings of `-하다` after a reporting noun: plain, polite, formal, connective, adnominal.
#[rustfmt::skip]
pub const HADA_FORMS: &[&str] = &[
    "했", "합", "하였", "하며", "하면서", "하고", "한다", "한", "하", "해", "할",
];

/// Reporting verbs that are not `noun + 하다` (irregular or native stems).
#[rustfmt::skip]
pub const REPORT_STEMS: &[&str] = &[
    "말했", "말합", "말하", "밝혔", "밝히", "밝힌", "밝힙", "덧붙였", "덧붙이", "덧붙인", "덧붙입", "썼", "쓴다", "씁니", "쓰며",
    "쓰고", "적었", "적으며", "물었", "물으며", "물어", "묻", "되물었", "꼬집었", "꼬집", "털어놨", "털어놓", "내다봤", "외쳤", "외치",
    "전했", "전합", "전하", "했다", "했습", "합니다", "한다", "하였다", "답했", "했고", "했으며",
];

/// Idioms that report speech: the object word and the start of the verb.
#[rustfmt::skip]
pub const IDIOMS: &[(&str, &str)] = &[
    ("목소리를", "높였"), ("목소리를", "높이"), ("목소리를", "냈"), ("선을", "그었"), ("선을", "긋"), ("입장을", "밝혔"),
    ("입을", "열었"), ("말문을", "열었"), ("뜻을", "밝혔"), ("의견을", "냈"),
];

/// Nouns for a stance or remark whose content a quote gives (`“…”는 입장을 밝혔다`).
#[rustfmt::skip]
pub const SPEECH_NOUNS: &[&str] = &[
    "입장", "뜻", "말", "의견", "견해", "취지", "생각", "메시지", "소감", "각오", "반응", "목소리", "주장", "답",
    "발언", "표현", "분석", "판결", "결정", "지적", "성명", "논평", "답변", "비판", "경고", "진술", "증언", "호소", "설명",
    "언급", "해명", "판단", "평가", "해명문", "성명서", "입장문", "담화", "담화문", "경고문", "호소문",
];

/// Verbs that report a stance held out as an object (`입장을 내놨다`, `뜻을 나타냈다`).
#[rustfmt::skip]
pub const STANCE_VERBS: &[&str] = &[
    "밝혔", "밝히", "내놨", "내놓", "나타냈", "표명", "전했", "남겼", "보였", "드러냈", "피력", "고수", "냈",
    "했", "하며", "하고", "하기", "하였", "한", "사용", "펼쳤", "펼치", "내렸", "내리", "쏟아냈", "발표",
];

/// Nouns that report speech as `X의 설명이다` or `"…"라는 입장이다` (`말` is left out: `…라는
/// 말이다` restates rather than reports).
#[rustfmt::skip]
pub const COPULA_SPEECH_NOUNS: &[&str] = &[
    "설명", "주장", "전언", "입장", "분석", "지적", "생각", "판단", "전망", "견해", "얘기", "평가", "각오", "설명이자",
];

/// Endings of the copula after such a noun (`설명이다`, `입장입니다`, `주장이었다`).
pub const COPULA_FORMS: &[&str] = &["이다", "입니다", "이었다", "이었습니다", "이라고", "이란다"];

/// Nouns that stand for the organisation last named (`회사 측은`, `구단은`).
#[rustfmt::skip]
pub const ORG_REFERENCES: &[&str] = &[
    "회사", "업체", "구단", "협회", "기업", "은행", "학교", "병원", "재단", "단체", "당", "본사", "법인",
];

/// Words that announce a quote that follows (`이렇게 말했다. "…"`).
#[rustfmt::skip]
pub const CATAPHORIC: &[&str] = &[
    "이렇게", "다음과", "이같이", "이와", "같이", "말했다:", "말했다.",
];

/// Topic and subject particles that mark a speaker (longest first).
/// `도` (`감독도 칭찬했다`) marks a subject too, but weakly, like `이/가`.
pub const SUBJECT_PARTICLES: &[&str] = &["께서는", "께서", "은", "는", "이", "가", "도"];

/// Particles after which a pronoun is not taken as a speaker (`그가`, `그도` start clauses).
pub const WEAK_PARTICLES: &[&str] = &["이", "가", "도"];

/// Kinds of organisation that open an organisation's name (`영국 매체 풋볼런던`).
#[rustfmt::skip]
pub const ORG_CATEGORIES: &[&str] = &[
    "매체", "언론", "외신", "일간지", "주간지", "경제지", "방송사", "신문사", "통신사", "업체", "단체", "구단", "제조사",
    "증권사", "운용사", "스타트업", "플랫폼", "기관", "조사기관", "싱크탱크", "연구기관",
];

/// Separate words that follow a subject noun phrase in place of a particle.
pub const SUBJECT_WORDS: &[&str] = &["또한", "역시"];

/// Words after a phrase that make it a side speaking (`학생 측은`); they mark a subject too.
pub const SIDE_WORDS: &[&str] = &["측은", "측도", "측이", "측에서는", "측에서도", "측에서"];

/// Titles and person-role nouns: they end a role and mark where a name stops.
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "대변인", "관계자", "교수", "부교수", "조교수", "명예교수", "총리", "부총리", "대통령", "부통령", "당선인", "당선자", "후보", "후보자",
    "의원", "장관", "차관", "위원장", "부위원장", "위원", "사장", "부사장", "대표", "공동대표", "이사", "이사장", "회장", "부회장",
    "연구원", "선임연구원", "박사", "기자", "특파원", "소장", "원장", "청장", "처장", "국장", "과장", "부장", "팀장", "실장", "본부장",
    "센터장", "감독", "코치", "선수", "변호사", "검사", "판사", "대법관", "의장", "지사", "시장", "구청장", "군수", "총장", "학장",
    "엔지니어", "파트너", "창립자", "설립자", "창업자", "공동창업자", "투자자", "애널리스트", "분석가", "전문가", "이코노미스트", "작가", "대사",
    "외교관", "장군", "사령관", "주석", "국왕", "여왕", "교황", "목사", "신부", "관리자", "매니저", "디렉터", "책임자", "담당자", "의사",
    "측근", "소식통", "참모", "비서실장", "비서관", "보좌관", "고문", "총재", "부총재", "행장", "국무장관", "대표이사", "위원회장", "조사관",
    "당국자", "관리", "특보", "수석", "원내대표", "사무총장", "최고경영자", "경영자", "편집장", "평론가", "주지사", "상원의원", "하원의원",
    "검찰총장", "경찰청장", "CEO", "CTO", "CFO", "COO", "CIO", "CSO", "VP", "회원", "회원국", "연구자", "과학자",
    "개발자", "창시자", "운영자", "회계사", "학자", "경제학자", "소설가", "배우", "가수", "감독관", "기업가", "사업가", "활동가", "정치인",
    "학생", "대학생", "대학원생", "연구생", "주부", "직장인", "회사원", "자영업자", "세입자", "상인", "농민", "어민", "교사", "간호사",
    "원내대변인", "수석대변인", "최고위원", "정책위의장", "원내대표", "당대표", "비대위원장", "단장", "부단장", "주무관", "간사",
    "변호인", "변호인단", "대리인", "특사", "특별대표", "차관보", "총재보", "부총재보", "아나운서", "앵커", "피디", "PD", "큐레이터", "연출가", "평론가", "칼럼니스트", "이사관", "서기관", "사무관",
];

/// Heads of descriptive speakers that have no name (`한 측근`, `정부 관계자`).
#[rustfmt::skip]
pub const DESCRIPTIVE: &[&str] = &[
    "측근", "관계자", "소식통", "전문가", "당국자", "관리", "참석자", "주민", "시민", "누리꾼", "네티즌", "관계자들", "전문가들", "소식통들",
    "관리들", "참모", "고위", "인사",
];

/// Determiners that make a noun phrase a description rather than a name (`한 측근`).
#[rustfmt::skip]
pub const DESCRIPTIVE_DETERMINERS: &[&str] = &[
    "한", "일부", "다른", "또다른", "또", "복수의", "익명의", "고위",
];

/// Words that modify a title and stay in the role (`전 대통령`, `공동 설립자`).
#[rustfmt::skip]
pub const ROLE_MODIFIERS: &[&str] = &[
    "전", "현", "신임", "차기", "공동", "수석", "대리", "겸", "및", "and", "담당", "선임", "책임", "부", "명예", "초대",
    "당시", "임시", "최고", "상임", "집행", "&",
];

/// Endings of organisation names (`국토교통부`, `기상청`, `연합뉴스`).
#[rustfmt::skip]
pub const ORG_SUFFIXES: &[&str] = &[
    "위원회", "대학교", "연구소", "연구원", "본부", "통신", "협회", "재단", "공사", "공단", "일보", "신문", "방송", "뉴스", "센터",
    "법원", "검찰", "경찰", "정부", "의회", "국회", "회사", "기업", "거래소", "증권", "학회", "연합", "연맹", "기구", "사무국",
    "그룹", "전자", "은행", "대학", "백악관", "청와대", "여당", "야당", "부", "청", "처", "원", "위", "당", "군", "사", "실", "국",
    "대", "지검", "고검", "지청", "지법", "고법", "소방서", "경찰서", "세무서", "보건소", "파출소", "지구대", "문고", "노총", "노조", "연대", "협의회", "연합회", "내과", "외과", "안과", "치과", "아과", "인과", "학과", "학부", "대학원", "병원", "학교", "고교", "시청", "구청", "도청", "군청", "캠프", "연구단",
];

/// Whole organisation names that no ending gives away (`국민의힘`, `백악관`).
#[rustfmt::skip]
pub const ORG_NAMES: &[&str] = &[
    "국민의힘", "대통령실", "백악관", "청와대", "크렘린", "국회", "정부", "여당", "야당", "당국", "경찰", "검찰",
    "국무부", "국방부", "외교부", "재무부", "상무부", "법무부", "펜타곤", "유엔", "나토",
    // Abbreviations that news uses as names and that no ending gives away.
    "한은", "한전", "농협", "수협", "코레일", "금감원",
];

/// Role words that tie to a following name with `인` (`소속인`, `출신인`) besides titles.
#[rustfmt::skip]
pub const JOINABLE: &[&str] = &[
    "소속", "출신", "멤버", "주인공", "당사자", "피해자", "목격자", "주장", "동료", "친구", "가족", "팬",
];

/// Countries and regions that open a role (`미국 도널드 트럼프 전 대통령`).
#[rustfmt::skip]
pub const PLACES: &[&str] = &[
    "미국", "중국", "일본", "한국", "북한", "영국", "프랑스", "독일", "러시아", "이탈리아", "캐나다", "호주", "인도", "대만", "베트남",
    "스페인", "이스라엘", "이란", "우크라이나", "브라질", "멕시코", "유럽", "유럽연합", "튀르키예", "터키", "사우디", "이집트", "싱가포르",
    "태국", "필리핀", "인도네시아", "네덜란드", "스위스", "스웨덴", "폴란드", "홍콩", "대한민국", "국내", "해외", "현지",
    "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북",
    "경남", "제주", "워싱턴", "뉴욕", "캘리포니아", "텍사스", "플로리다", "조지아", "일리노이", "오하이오", "미시간",
    "애리조나", "네바다", "버지니아", "펜실베이니아", "앨라배마", "테네시", "런던", "파리", "베를린", "도쿄", "베이징",
    "상하이", "모스크바", "키이우", "가자", "중동", "아프리카", "아시아", "남미", "북미", "오세아니아",
];

/// Korean surnames, two-syllable ones included.
#[rustfmt::skip]
pub const SURNAMES: &[&str] = &[
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "전",
    "홍", "유", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구",
    "민", "류", "나", "진", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소",
    "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "라", "왕", "금", "옥", "육", "인", "맹", "제",
    "모", "탁", "국", "어", "편", "용", "예", "경", "봉", "사", "부", "황보", "남궁", "선우", "제갈", "독고", "서문", "사공",
];

/// Three-syllable words that look like surname + given name but are common nouns.
#[rustfmt::skip]
pub const NOT_NAMES: &[&str] = &[
    "전문가", "관계자", "이번에", "정부는", "이들은", "이러한", "이처럼", "이와", "한편", "이후", "조사", "주민들", "이용자", "사용자",
    "소비자", "기자들", "이사회", "조직", "정치권", "성명", "구성원", "이번", "지난해", "오늘", "최근", "최대", "최고", "이미", "진행",
    "우리", "모두", "이것", "이는", "이를", "이에", "주요", "정말", "전체", "전반", "한국", "일반", "공식", "기업",
];

/// Short forms of organisations in common use, with the full name they stand for; used only
/// when a document names the organisation in full too.
#[rustfmt::skip]
pub const ORG_ABBREVIATIONS: &[(&str, &str)] = &[
    ("코레일", "한국철도공사"), ("한전", "한국전력공사"), ("한은", "한국은행"), ("민주노총", "전국민주노동조합총연맹"),
    ("한국노총", "한국노동조합총연맹"), ("전경련", "전국경제인연합회"), ("경총", "한국경영자총협회"), ("LH", "한국토지주택공사"),
    ("교육부", "교육과학기술부"), ("국정원", "국가정보원"), ("국과수", "국립과학수사연구원"), ("헌재", "헌법재판소"),
    ("대법", "대법원"), ("서울고법", "서울고등법원"), ("서울중앙지법", "서울중앙지방법원"), ("검찰", "대검찰청"),
    ("유엔", "국제연합"), ("나토", "북대서양조약기구"), ("NASA", "미국 항공우주국"),
];

/// Pronouns that refer back to a person.
pub const PRONOUNS: &[&str] = &["그녀", "그"];

/// Sentence adverbs that open a clause and so end a noun phrase to their left.
#[rustfmt::skip]
pub const ADVERBS: &[&str] = &[
    "그러나", "하지만", "따라서", "반면", "또한", "이에", "한편", "특히", "이어", "대신", "그래서", "그리고", "또", "다만", "물론",
    "결국", "이어서", "아울러", "게다가", "즉", "실제로", "최근", "당시", "앞서", "그러면서", "이날", "그럼에도", "궁극적으로", "예를",
    "그런데", "나아가", "더욱이", "더구나", "그러므로", "그러자", "그렇지만", "오히려", "여기에", "또다시", "이밖에", "그밖에", "끝으로",
    "이후", "현재", "아직", "당일", "전날", "다음날", "이튿날", "이미", "일단", "우선", "먼저", "다시", "한때", "과거", "지난", "오늘", "어제", "내일",
];

/// Words opening a quote that continues the previous speaker (`이어 "…"`).
#[rustfmt::skip]
pub const CONTINUATION: &[&str] = &[
    "이어", "또한", "대신", "그러면서", "아울러", "또", "이어서", "덧붙여",
];

/// English reporting verbs.
#[rustfmt::skip]
pub const EN_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "asked", "asks", "explained", "explains",
    "wrote", "writes", "noted", "notes", "argued", "argues", "stated", "states", "warned", "warns",
    "replied", "replies", "insisted", "insists", "continued", "claimed", "claims", "recalled",
    "recalls", "remarked", "admitted", "admits", "announced", "declared", "observed", "suggested",
    "answered", "responded", "conceded", "cautioned", "emphasized", "emphasised", "stressed",
    "tweeted", "posted", "quipped", "joked", "concluded", "acknowledged", "predicted", "saying",
];

/// Capitalised words that open a sentence or a phrase but never a person's name.
#[rustfmt::skip]
pub const EN_NOT_NAMES: &[&str] = &[
    "The", "A", "An", "His", "Her", "Their", "Its", "Our", "For", "In", "On", "At", "By", "Now",
    "But", "And", "Asked", "When", "If", "Some", "This", "That", "These", "Those", "After",
    "Before", "While", "As", "With", "Reporting", "Editing", "Writing",
];

/// English pronouns that refer back to a person.
pub const EN_PRONOUNS: &[&str] = &["he", "she", "He", "She"];

/// Capitalised Latin words that end organisation names, so a run holding them is no person.
#[rustfmt::skip]
pub const LATIN_ORG_WORDS: &[&str] = &[
    "Networks", "Capital", "Alliance", "Inc", "Inc.", "Corp", "Corp.", "Group", "Labs", "AI",
    "Research", "Innovation", "Electric", "Systems", "Technologies", "Foundation", "Institute",
    "University", "Times", "News", "Post", "Journal", "Bank", "Motors", "Partners", "Ventures",
    "Agency", "Association", "Council", "Committee", "Ministry", "Department", "Office", "Company",
    "Co.", "Ltd", "Ltd.", "LLC", "Fund", "Media", "Think", "World", "Global", "Cloud", "Press",
    "Street", "Valley", "House", "Party", "Union", "Reuters", "Bloomberg", "Face", "Lab", "Studio",
    "Guard", "Reserve", "Fed", "Federal", "Treasury", "Army", "Navy", "Police", "Court", "Service",
    "Commission", "Bureau", "Senate", "Congress", "Parliament", "Club", "Team", "FC", "City",
];

/// English title words that may precede a name (`Prime Minister`, `Dr.`).
#[rustfmt::skip]
pub const EN_TITLES: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "President", "Minister", "Senator", "Governor", "Mayor",
    "Professor", "Judge", "General", "Chancellor", "Secretary", "Rep.", "Sen.", "Gov.", "Sir",
    "Chair", "Chairman", "Chairwoman", "Chief", "Coach", "Captain", "Director", "Officer",
    "Analyst", "Economist", "Spokesman", "Spokeswoman", "Spokesperson", "Lawyer", "Attorney",
    "Author", "Researcher", "Manager", "Founder", "Executive", "Strategist", "Historian",
];

/// True when `word` is in `list`.
pub fn contains(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// The longest entry of `list` that `word` starts with.
pub fn longest_prefix<'a>(list: &[&'a str], word: &str) -> Option<&'a str> {
    list.iter()
        .filter(|p| word.starts_with(**p))
        .max_by_key(|p| p.len())
        .copied()
}

/// The longest entry of `list` that `word` ends with.
pub fn longest_suffix<'a>(list: &[&'a str], word: &str) -> Option<&'a str> {
    list.iter()
        .filter(|p| word.ends_with(**p))
        .max_by_key(|p| p.len())
        .copied()
}
