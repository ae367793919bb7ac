//! Writes a synthetic Korean news corpus for benchmarks and scale tests.
//!
//! `cargo run --release --example gen-corpus -- SIZE DIR [FILES]` writes about SIZE bytes
//! (`10MB`, `1GB`, `500KB`) of varied Korean paragraphs with quotes, split over FILES files
//! (default 1), into DIR. The sentences are assembled from parts, so no two paragraphs repeat
//! exactly and every quote construction the finder knows appears. Half the paragraphs have
//! no quote, which keeps the density near real news.

use std::io::{BufWriter, Write};

const SURNAMES: &[&str] = &[
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
];
const GIVEN: &[&str] = &[
    "민수", "서연", "지훈", "하은", "도윤", "수아", "현우", "지민", "예준", "채원", "승현", "유진",
];
const ORGS: &[&str] = &[
    "국토교통부",
    "한국은행",
    "서울대학교",
    "공정거래위원회",
    "기상청",
    "산업통상자원부",
    "한국개발연구원",
];
const TITLES: &[&str] = &[
    "대변인",
    "총재",
    "교수",
    "위원장",
    "연구원",
    "장관",
    "과장",
    "국장",
];
const VERBS: &[&str] = &[
    "말했다",
    "밝혔다",
    "강조했다",
    "설명했다",
    "덧붙였다",
    "지적했다",
    "전했다",
    "말했습니다",
];
const TOPICS: &[&str] = &[
    "부동산 시장",
    "금리 정책",
    "반도체 수출",
    "기후 변화",
    "인공지능 규제",
    "청년 고용",
    "물가 상승",
];
const CLAIMS: &[&str] = &[
    "앞으로 상황을 면밀히 지켜보겠다",
    "당분간 변동성이 커질 수 있다",
    "정부 차원의 대책이 필요하다",
    "시장의 신뢰를 회복하는 것이 가장 중요하다",
    "예상보다 회복 속도가 빠르다",
    "구조적인 문제를 먼저 해결해야 한다",
];
const FILLER: &[&str] = &[
    "관련 업계에서는 이번 발표가 적지 않은 파장을 일으킬 것으로 보고 있다.",
    "전문가들은 하반기에도 비슷한 흐름이 이어질 것으로 내다봤다.",
    "이 같은 흐름은 지난해부터 꾸준히 이어져 왔다.",
    "다만 지역별로는 온도 차가 뚜렷한 것으로 나타났다.",
];

/// A tiny deterministic generator, so corpora are reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        items[usize::try_from(self.0 % items.len() as u64).unwrap_or(0)]
    }
}

fn paragraph(rng: &mut Rng, n: u64) -> String {
    let name = format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN));
    let (org, title, verb, topic) = (
        rng.pick(ORGS),
        rng.pick(TITLES),
        rng.pick(VERBS),
        rng.pick(TOPICS),
    );
    let (claim, claim2, filler) = (rng.pick(CLAIMS), rng.pick(CLAIMS), rng.pick(FILLER));
    let filler2 = rng.pick(FILLER);
    // Half the paragraphs quote someone, as in news articles (about 1.5 quotes per KB, like
    // the bundled seeds); the other half report without quoting.
    match n % 8 {
        4 => return format!("{org}은 {n}일 {topic}에 관한 자료를 공개했다. {filler} {filler2}\n"),
        5 => return format!("{topic}을 둘러싼 논의는 이번 주에도 이어졌다. {filler} {org} 안팎에서는 후속 조치가 검토되고 있다.\n"),
        6 => return format!("{filler2} 지난달 {org}이 내놓은 {topic} 통계도 같은 흐름을 보였다. {filler}\n"),
        7 => return format!("{name} {title}은 이날 {org}에서 열린 회의에 참석했다. {filler} {filler2}\n"),
        _ => {}
    }
    match n % 4 {
        0 => format!("{name} {org} {title}은 {topic}에 대해 “{claim}”고 {verb}. {filler}\n"),
        1 => format!("“{claim}”라고 {org} {title} {name} 씨는 {verb}. 그는 “{claim2}”며 말을 아꼈다.\n"),
        2 => format!("{org}은 {n}일 보고서에서 '{topic}'을 주요 변수로 꼽으며 \"{claim}\"고 {verb}. {filler}\n"),
        _ => format!("{filler} {name} {title}은 \"{claim2}\"라고 {verb}.\n"),
    }
}

fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim().to_ascii_uppercase();
    let (num, mult) = if let Some(n) = s.strip_suffix("GB") {
        (n, 1 << 30)
    } else if let Some(n) = s.strip_suffix("MB") {
        (n, 1 << 20)
    } else if let Some(n) = s.strip_suffix("KB") {
        (n, 1 << 10)
    } else {
        (s.as_str(), 1)
    };
    num.trim().parse::<u64>().ok().map(|n| n * mult)
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(size), Some(dir)) = (args.get(1).and_then(|s| parse_size(s)), args.get(2)) else {
        eprintln!("usage: gen-corpus SIZE DIR [FILES]   (SIZE like 10MB, 1GB)");
        std::process::exit(2);
    };
    let files: u64 = args.get(3).and_then(|f| f.parse().ok()).unwrap_or(1).max(1);
    std::fs::create_dir_all(dir)?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let per_file = size / files;
    let mut n = 0u64;
    for f in 0..files {
        let path = std::path::Path::new(dir).join(format!("{f:05}.txt"));
        let mut out = BufWriter::new(std::fs::File::create(path)?);
        writeln!(out, "합성 기사 {f}: {}\n", rng.pick(TOPICS))?;
        let mut written = 0u64;
        while written < per_file {
            let p = paragraph(&mut rng, n);
            n += 1;
            written += p.len() as u64;
            out.write_all(p.as_bytes())?;
        }
    }
    Ok(())
}
