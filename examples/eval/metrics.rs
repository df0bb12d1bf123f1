//! The metrics of `shared/eval/score.py`, reimplemented so that the numbers
//! agree: WCXB token F1, ScrapingHub shingle F1 and WCXB snippet rates.

use std::collections::HashMap;

/// Python's `\w+` on `str`: letters, digits and numerics, and `_`.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty())
}

fn counts<'a, I: Iterator<Item = T>, T: std::hash::Hash + Eq + 'a>(items: I) -> HashMap<T, usize> {
    let mut m = HashMap::new();
    for i in items {
        *m.entry(i).or_insert(0) += 1;
    }
    m
}

fn overlap<T: std::hash::Hash + Eq>(a: &HashMap<T, usize>, b: &HashMap<T, usize>) -> usize {
    a.iter().map(|(k, n)| (*n).min(b.get(k).copied().unwrap_or(0))).sum()
}

/// Token precision, recall and F1 of one page (lower-cased bag of words).
pub fn tok(gold: &str, pred: &str) -> (f64, f64, f64) {
    let (gl, pl) = (gold.to_lowercase(), pred.to_lowercase());
    let g = counts(words(&gl));
    let p = counts(words(&pl));
    let (ng, np): (usize, usize) = (g.values().sum(), p.values().sum());
    if ng == 0 {
        return if np == 0 { (1.0, 1.0, 1.0) } else { (0.0, 0.0, 0.0) };
    }
    if np == 0 {
        return (0.0, 0.0, 0.0);
    }
    let o = overlap(&g, &p) as f64;
    let (pr, re) = (o / np as f64, o / ng as f64);
    let f1 = if pr + re > 0.0 { 2.0 * pr * re / (pr + re) } else { 0.0 };
    (pr, re, f1)
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks: Vec<&str> = words(text).collect();
    let n = toks.len().saturating_sub(3).max(1);
    counts((0..n).map(|i| toks[i..(i + 4).min(toks.len())].to_vec()).filter(|s| !s.is_empty()))
}

/// Normalised shingle (tp, fp, fn) of one page.
pub fn sh_counts(gold: &str, pred: &str) -> (f64, f64, f64) {
    let (g, p) = (shingles(gold), shingles(pred));
    let tp = overlap(&g, &p);
    let fp = p.values().sum::<usize>() - tp;
    let fn_ = g.values().sum::<usize>() - tp;
    let total = (tp + fp + fn_) as f64;
    if total == 0.0 {
        (0.0, 0.0, 0.0)
    } else {
        (tp as f64 / total, fp as f64 / total, fn_ as f64 / total)
    }
}

/// One page's precision (`miss` = fp) or recall (`miss` = fn), with the
/// ScrapingHub conventions for empty output and empty gold.
fn part((tp, fp, fn_): (f64, f64, f64), miss: f64) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && miss == 0.0 {
        0.0
    } else {
        tp / (tp + miss)
    }
}

/// ScrapingHub aggregate precision, recall and F1.
pub fn sh_aggregate(counts: &[(f64, f64, f64)]) -> (f64, f64, f64) {
    let ps: Vec<f64> = counts.iter().filter(|c| c.0 + c.1 > 0.0).map(|c| part(*c, c.1)).collect();
    let rs: Vec<f64> = counts.iter().filter(|c| c.0 + c.2 > 0.0).map(|c| part(*c, c.2)).collect();
    let (p, r) = (mean(&ps), mean(&rs));
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f1)
}

/// Share of `with` snippets found and of `without` snippets leaked (case-insensitive).
pub fn wsnip(with: &[String], without: &[String], pred: &str) -> (f64, f64) {
    let low = pred.to_lowercase();
    let rate = |list: &[String]| {
        if list.is_empty() {
            1.0
        } else {
            list.iter().filter(|s| low.contains(&s.to_lowercase())).count() as f64 / list.len() as f64
        }
    };
    (rate(with), rate(without))
}

/// Mean, 0 for an empty slice.
pub fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        0.0
    } else {
        xs.iter().sum::<f64>() / xs.len() as f64
    }
}

/// Median, NaN for an empty slice.
pub fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}
