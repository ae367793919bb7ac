//! The speaker index, robustness, and the expected attributions on the bundled seeds.

use dokseo::quotes::{extract, index_speakers, quote_text, QuoteKind};

// ---------------------------------------------------------------- corpus index and robustness

#[test]
fn index_merges_documents_by_full_name_and_spelling() {
    let a = extract("Orbit Labs의 CEO Maria Gonzalez는 “출시는 3월”이라고 말했다.");
    let b = extract("“가격은 그대로”라고 Orbit Labs의 CEO Maria Gonzales는 말했다.");
    let c = extract("김민수 국토교통부 장관은 “공급을 늘리겠다”고 말했다.");
    let idx = index_speakers(&[a, b, c]);
    let names: Vec<&str> = idx.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Maria Gonzalez", "김민수"]);
    assert_eq!(idx[0].documents, [0, 1]);
    assert_eq!(idx[0].quotes, [(0, 0), (1, 0)]);
}

#[test]
fn never_panics_on_odd_input() {
    for s in [
        "",
        "\"",
        "”라고",
        "'''",
        "“\u{0}\t\u{a0}”",
        "그는",
        "\n\n\u{a0}\n",
        "“a”라고 는 말했다",
    ] {
        let _ = extract(s);
    }
    let long = "“가".repeat(50_000) + &"”라고 그는 말했다. ".repeat(50_000);
    let _ = extract(&long);
}

// ---------------------------------------------------------------- seeds

const SEED0_EXPECT: &[(&str, &str)] = &[
    ("정신이 번쩍 들었죠.", "Larry Li"),
    ("하지만 아무도 그렇게나", "Larry Li"),
    ("세계에서 혁신이 가능한", "Matthieu Soulé"),
    ("개발자와 사용자는 이제", "Abraham Daniels"),
    ("DeepSeek 이후 ", "Anthony Annunziata"),
    ("유럽 전역, 베트남, ", "Anthony Annunziata"),
    ("정부가 해외 AI의 영", "Kaoutar El Maghraoui"),
    ("유틸리티 측면에서 AI", "Larry Li"),
    ("전반적인 성능은 선구적", "Daisuke Okanohara"),
    ("80~300억 개의 매", "Daisuke Okanohara"),
    ("저희는 실용적인 관점으", "Anita Huang"),
    ("특히 중국 기업 시장에", "Anita Huang"),
    ("실제로 기업의 도입은 ", "Kaoutar El Maghraoui"),
    ("혁신이 놀라운 곳에서 ", "Anthony Annunziata"),
    ("오픈 소스 기업은 오픈", "Anthony Annunziata"),
    ("DeepSeek는 AI", "Abraham Daniels"),
    ("고성능의 소규모 언어 ", "Abraham Daniels"),
    ("에이전트를 실행하려면 ", "Chris Hay"),
];
const SEED1_EXPECT: &[(&str, &str)] = &[
    ("이는 우리가 이미 알고", "David D. Cox"),
    ("훌륭한 모델을 구축하는", "David D. Cox"),
    ("너무 오랫동안 AI 경", "Arvind Krishna"),
    ("하지만 AI 모델이 크", "Arvind Krishna"),
    ("DeepSeek는 이 ", "David D. Cox"),
    ("KV 캐시 크기를 줄이", "David D. Cox"),
    ("DeepSeek는 대규", "Prasanna Sattigeri"),
    ("이를 통해 구형 하드웨", "Prasanna Sattigeri"),
    ("큰 진전이지만, 아직은", "David D. Cox"),
    ("이 모델은 추론 작업에", "David D. Cox"),
    ("DeepSeek는 중국", "Xia “Ben” Hu"),
    ("이는 여전히 많은 소규", "Xia “Ben” Hu"),
    ("석유 및 가스, 제조 ", "Xia “Ben” Hu"),
    ("비용이 절감되고 오픈 ", "Xia “Ben” Hu"),
    ("우리는 이 분야에서 훨", "David D. Cox"),
    ("500만 달러를 가진 ", "David D. Cox"),
    ("Mixture of E", "David D. Cox"),
    ("DeepSeek와 같은", "Prasanna Sattigeri"),
    ("이를 통해 비용이 크게", "Prasanna Sattigeri"),
    ("여전히 인프라와 훌륭한", "David D. Cox"),
    ("이 분야에서는 비밀은 ", "David D. Cox"),
    ("최고의 AI 기업은 이", "Xia “Ben” Hu"),
    ("혁신은 더 빠르고, 더", "David D. Cox"),
    ("몇 명의 플레이어가 조", "David D. Cox"),
    ("사실 우리에게는 좋은 ", "David D. Cox"),
    ("이는 개방형 모델이 작", "David D. Cox"),
    ("Amazon, Meta", "Xia “Ben” Hu"),
    ("이러한 선도적인 기업들", "Xia “Ben” Hu"),
    ("이는 지속적인 추세의 ", "David D. Cox"),
    ("DeepSeek로 시작", "David D. Cox"),
];
const SEED2_EXPECT: &[(&str, &str)] = &[
    ("긍정적인 발전", "도널드 트럼프"),
    ("경각심을 가져야 한다", "도널드 트럼프"),
    ("훌륭한 AI 발전", "Nvidia"),
    ("AI의 스푸트니크", "마크 안드레센"),
    ("새로운 경쟁자가 생긴 ", "샘 알트먼"),
    ("오픈소스 모델은 초기 ", "차가타이 오다바시"),
    ("이러한 개방성은 AI ", "차가타이 오다바시"),
    ("이는 강력한 AI에 대", "차가타이 오다바시"),
    ("완전히 절망적", "샘 알트먼"),
    ("이처럼 강력한 모델이 ", "차가타이 오다바시"),
];
const SEED3_EXPECT: &[(&str, &str)] = &[
    ("DeepSeek R1은", "트럼프 대통령의 한 측근"),
    ("AI의 스프투니크와 같", "트럼프 대통령의 한 측근"),
];

fn check_seed(text: &str, expect: &[(&str, &str)]) {
    let qs = extract(text);
    for (prefix, speaker) in expect {
        let hit = qs.iter().find(|q| quote_text(text, q).starts_with(prefix));
        let got = hit.and_then(|q| q.speaker.as_deref());
        assert_eq!(got, Some(*speaker), "quote starting {prefix:?}");
    }
    // Terms in the seeds are never attributed.
    for q in &qs {
        if q.kind == QuoteKind::Term {
            assert_eq!(q.speaker, None, "term {:?}", quote_text(text, q));
        }
    }
}

#[test]
fn seed_000() {
    check_seed(
        include_str!("../../seeds/000_7813f3b5ebc8f1dd.txt"),
        SEED0_EXPECT,
    );
}

#[test]
fn seed_001() {
    check_seed(
        include_str!("../../seeds/001_f9e93284838de776.txt"),
        SEED1_EXPECT,
    );
}

#[test]
fn seed_002() {
    check_seed(
        include_str!("../../seeds/002_ec06cd831dd8f1d1.txt"),
        SEED2_EXPECT,
    );
}

#[test]
fn seed_003() {
    check_seed(
        include_str!("../../seeds/003_9cf5a90d65de0e4c.txt"),
        SEED3_EXPECT,
    );
}

#[test]
fn seed_terms_have_no_speaker() {
    let text = include_str!("../../seeds/003_9cf5a90d65de0e4c.txt");
    let qs = extract(text);
    let terms = qs.iter().filter(|q| q.kind == QuoteKind::Term).count();
    assert!(terms >= 6, "{terms}");
}
