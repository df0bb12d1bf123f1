//! scratch
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    for f in &args {
        let text = std::fs::read_to_string(f).unwrap();
        let pats: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        let set = regex::RegexSetBuilder::new(&pats).size_limit(1 << 26).build().unwrap();
        println!("{}", set.is_match("12 comments"));
    }
}
