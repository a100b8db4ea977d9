"""Choose the quotes development set from SaudiNewsNet's development split.

Only the development split (the zips of 2015-07-21 to 2015-08-04) is read; the
test split and the gold set in benchmarks/gold/ stay untouched. Selection:
political news with at least one quotation mark and a reporting verb followed by
أن/إن, 120 to 450 words, a fixed random sample (seed 721) of at most 3 articles
per newspaper, 20 in all (n = 1..20); then a second sample of 20 more from the
eligible articles not yet chosen (seed 722, again at most 3 per newspaper,
n = 21..40), so the first round's articles stay first and unchanged; then a
third sample of 20 (seed 723, n = 41..60) from the eligible articles left that
are rich in hard speakers: a feminine cue (قالت, أكدت ...) or a description
(المتحدث باسم, المصدر, الوزير) together with a pronoun-less continuation (وأضاف,
وتابع ...), at most 350 words; then a fourth plain random sample of 22 (seed
724, n = 61..82) from the eligible articles left with at least two reported
cues (two matches of REPORTED), so that its errors estimate those of unseen
articles; then a fifth plain random sample of 20 drawn the same way (seed 725,
n = 83..102) from the articles the first four left; then a sixth (seed 726,
n = 103..122) from the articles the first five left; then a seventh (seed 727,
n = 123..142) from the articles the first six left; then an eighth (seed 728,
n = 143..162), a plain random draw from every article of the split not yet
chosen that has the topic, 120 to 450 words and a quotation mark or a
reported cue (not both required, so that marked titles and terms without
speech come in as they do in unseen news); then a ninth (seed 729, n = 163..182),
a plain random draw from the articles of the split not yet chosen that have the
topic, 120 to 450 words and at least one pair of quote marks (an opener and
its closer in one paragraph), so that direct quotes and marked terms are well
represented; then a tenth (seed 730, n = 183..202), drawn like the eighth
from the articles the first nine left (a quotation mark or a reported cue),
so that its speakers estimate those of unseen news; then an eleventh (seed 731,
n = 203..222), drawn the same way from the articles the first ten left; then a twelfth (seed 732,
n = 223..242), drawn the same way from the articles the first eleven left; then a thirteenth (seed 733,
n = 243..262), drawn like the ninth (a pair of quote marks) from the articles the first twelve left, since
direct and mixed quotes are where precision is lost; then a fourteenth (seed 734, n = 263..282), a plain random draw
from the articles the first thirteen left that have the topic and 120 to 450 words, with no condition on quote marks
or cues, so that it looks like unseen news; then a fifteenth (seed 735, n = 283..302), drawn like the fourteenth from
the articles the first fourteen left; then a sixteenth (seed 736, n = 303..322), a plain random draw from the articles the
first fifteen left that have the topic, 120 to 450 words, a pair of quote marks and a reported cue, so that marked
speech, marked terms and cues are all well represented; then a seventeenth (seed 737, n = 323..342), drawn like the
sixteenth from the articles the first sixteen left; then an eighteenth (seed 738, n = 343..362) drawn with the gold
set's own criteria (the topic, a quotation mark, 120 to 650 words, at most 4 per newspaper) from the articles the
first seventeen left, so that it looks like the test set; then a nineteenth (seed 739, n = 363..382) drawn like
the eighteenth from the articles the first eighteen left; then a twentieth (seed 740, n = 383..402) drawn like
the eighteenth from the articles the first nineteen left; then a twenty-first (seed 741, n = 403..422) drawn like
the eighteenth from the articles the first twenty left; then a twenty-second (seed 742, n = 423..442) drawn like the
eighteenth from the articles the first twenty-one left; then a twenty-third (seed 743, n = 443..462) drawn like the
eighteenth from the articles the first twenty-two left; then a twenty-fourth (seed 744, n = 463..482) drawn like the
eighteenth from the articles the first twenty-three left; then a twenty-fifth (seed 745, n = 483..502) drawn like the
eighteenth from the articles the first twenty-four left; then a twenty-sixth of 15 (seed 746, n = 503..517) drawn like the
eighteenth from the articles the first twenty-five left; then a twenty-seventh of 15 (seed 747, n = 518..532) drawn
like the eighteenth from the articles the first twenty-six left; then a twenty-eighth of 15 (seed 748, n = 533..547)
drawn like the eighteenth from the articles the first twenty-seven left; then a twenty-ninth of 15 (seed 749,
n = 548..562) drawn like the eighteenth from the articles the first twenty-eight left; then a thirtieth of 15 (seed 750,
n = 563..577) drawn like the eighteenth from the articles the first twenty-nine left; then a thirty-first of 15
(seed 751, n = 578..592) drawn like the eighteenth from the articles the first thirty left; then a thirty-second of 15
(seed 752, n = 593..607) drawn like the eighteenth from the articles the first thirty-one left; then a thirty-third of 15
(seed 753, n = 608..622) drawn like the eighteenth from the articles the first thirty-two left; then a thirty-fourth
of 15 (seed 754, n = 623..637) drawn like the eighteenth from the articles the first thirty-three left; then a
thirty-fifth of 15 (seed 755, n = 638..652) drawn like the eighteenth from the articles the first thirty-four left; then a thirty-sixth of 15 (seed 756,
n = 653..667) drawn like the eighteenth from the articles the first thirty-five left; then a thirty-seventh of 15
(seed 757, n = 668..682) drawn like the eighteenth from the articles the first thirty-six left; then a thirty-eighth of 15
(seed 758, n = 683..697) drawn like the eighteenth from the articles the first thirty-seven left; then a thirty-ninth of 15
(seed 759, n = 698..712) drawn like the eighteenth from the articles the first thirty-eight left; then a fortieth of 15
(seed 760, n = 713..727) drawn like the eighteenth from the articles the first thirty-nine left; then a forty-first of 15
(seed 761, n = 728..742) drawn like the eighteenth from the articles the first forty left; then a forty-second of 15
(seed 762, n = 743..757) drawn like the eighteenth from the articles the first forty-one left; then a forty-third of 15
(seed 763, n = 758..772) drawn like the eighteenth from the articles the first forty-two left; then a forty-fourth of 15
(seed 764, n = 773..787) drawn like the eighteenth from the articles the first forty-three left; then a forty-fifth of 15
(seed 765, n = 788..802) drawn like the eighteenth from the articles the first forty-four left; then a forty-sixth of 15
(seed 766, n = 803..817) drawn like the eighteenth from the articles the first forty-five left; then a forty-seventh of 15
(seed 767, n = 818..832) drawn like the eighteenth from the articles the first forty-six left; then a forty-eighth of 15
(seed 768, n = 833..847) drawn like the eighteenth from the articles the first forty-seven left; then a forty-ninth of 15
(seed 769, n = 848..862) drawn like the eighteenth from the articles the first forty-eight left; then a fiftieth of 15
(seed 770, n = 863..877) drawn like the eighteenth from the articles the first forty-nine left; then a fifty-first of 15
(seed 771, n = 878..892) drawn like the eighteenth from the articles the first fifty left; then a fifty-second of 15
(seed 772, n = 893..907) drawn like the eighteenth from the articles the first fifty-one left; then a fifty-third of 15
(seed 773, n = 908..922) drawn like the eighteenth from the articles the first fifty-two left; then a fifty-fourth of 15
(seed 774, n = 923..937) drawn like the eighteenth from the articles the first fifty-three left; then a fifty-fifth of 15
(seed 775, n = 938..952) drawn like the eighteenth from the articles the first fifty-four left; then a fifty-sixth of 15
(seed 776, n = 953..967) drawn like the eighteenth from the articles the first fifty-five left; then a fifty-seventh of 15
(seed 777, n = 968..982) drawn like the eighteenth from the articles the first fifty-six left; then a fifty-eighth of 15
(seed 778, n = 983..997) drawn like the eighteenth from the articles the first fifty-seven left; then a fifty-ninth of 15
(seed 779, n = 998..1012) drawn like the eighteenth from the articles the first fifty-eight left; then a sixtieth of 15
(seed 780, n = 1013..1027) drawn like the eighteenth from the articles the first fifty-nine left. All are written in the layout of benchmarks/gold/articles.jsonl.

    python benchmarks/dev/select_quotes_articles.py /work/shared/data/saudinewsnet
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))

from sampling import (  # noqa: E402
    DEV_SPLIT, QUOTE, TOPIC, gold_like, held_articles, load_split, rounds_after, sample_per_source, write_articles,
)

REPORTED = re.compile(r"(?:قال|أكد|اكد|أوضح|اوضح|أشار|اشار|أضاف|اضاف|أعلن|اعلن|صرح)\w*\s(?:\S+\s){0,8}?(?:بأن|أن|إن|ان)\w*\s")
N_ARTICLES, PER_SOURCE, SEED = 20, 3, 721
N_SECOND, SECOND_SEED = 20, 722  # the second round, drawn from the articles the first left
N_THIRD, THIRD_SEED = 20, 723  # the third round: hard speakers, from the articles the first two left
HARD_SPEAKER = re.compile(r"(?:قالت|أكدت|اكدت|أضافت|اضافت|أوضحت|اوضحت|أشارت|اشارت|أعلنت|اعلنت)\s|المتحدث باسم|المصدر|الوزير")
N_FOURTH, FOURTH_SEED = 22, 724  # the fourth round: a plain random draw of articles with two quotes or more
N_FIFTH, FIFTH_SEED = 20, 725  # the fifth round: another plain random draw, from the articles the first four left
N_SIXTH, SIXTH_SEED = 20, 726  # the sixth round: the same kind of draw, from the articles the first five left
N_SEVENTH, SEVENTH_SEED = 20, 727  # the seventh round: the same kind of draw, from the articles the first six left
# The later rounds, each a fixed sample from the articles every earlier round left:
# (articles, pool it is drawn from, at most per newspaper, seed). The pools are defined in _pools().
LATER_ROUNDS = [
    (20, "quote_or_cue", 3, 728),  # eighth: a quotation mark or a reported cue
    (20, "quote_pair", 3, 729),  # ninth: a pair of quote marks
    (20, "quote_or_cue", 3, 730),  # tenth
    (20, "quote_or_cue", 3, 731),  # eleventh
    (20, "quote_or_cue", 3, 732),  # twelfth
    (20, "quote_pair", 3, 733),  # thirteenth
    (20, "topical", 3, 734),  # fourteenth: the topic and the length only
    (20, "topical", 3, 735),  # fifteenth
    (20, "marked_and_cued", 3, 736),  # sixteenth: a pair of quote marks and a reported cue
    (20, "marked_and_cued", 3, 737),  # seventeenth
    *[(20, "like_gold", 4, seed) for seed in range(738, 746)],  # eighteenth to twenty-fifth: the gold set's criteria
    *[(15, "like_gold", 4, seed) for seed in range(746, 781)],  # twenty-sixth to sixtieth: the gold set's criteria, 15 articles
]
# An opener and its closer within one paragraph: a pair of marks, not a stray one.
QUOTE_PAIR = re.compile(r'«[^»\n]+»|“[^”\n]+”|"[^"\n]+"')
CONTINUATION = re.compile(r"\s(?:وأضاف|واضاف|وتابع|وأوضح|واوضح|وأشار|واشار|وأكد|واكد)\w*\s")


ARTICLES = Path(__file__).with_name("quotes-articles.jsonl")
# The articles of the first seven rounds, which LATER_ROUNDS follow.
N_FIRST_ROUNDS = N_ARTICLES + N_SECOND + N_THIRD + N_FOURTH + N_FIFTH + N_SIXTH + N_SEVENTH


def _first_rounds(articles: pd.DataFrame) -> pd.DataFrame:
    """The first seven rounds, each drawn from the eligible articles the rounds before left."""
    eligible = articles[
        articles["text"].str.contains(TOPIC)
        & articles["body"].str.contains(QUOTE)
        & articles["body"].str.contains(REPORTED)
        & articles["n_words"].between(120, 450)
    ]
    first = sample_per_source(eligible, N_ARTICLES, PER_SOURCE, SEED)
    second = sample_per_source(eligible.drop(first.index), N_SECOND, PER_SOURCE, SECOND_SEED)
    rest = eligible.drop(first.index).drop(second.index)
    hard = rest[rest["body"].str.contains(HARD_SPEAKER) & rest["body"].str.contains(CONTINUATION) & (rest["n_words"] <= 350)]
    third = sample_per_source(hard, N_THIRD, PER_SOURCE, THIRD_SEED)
    left = rest.drop(third.index)
    two_quotes = left[left["body"].str.count(REPORTED) >= 2]
    fourth = sample_per_source(two_quotes, N_FOURTH, PER_SOURCE, FOURTH_SEED)
    fifth = sample_per_source(two_quotes.drop(fourth.index), N_FIFTH, PER_SOURCE, FIFTH_SEED)
    sixth = sample_per_source(two_quotes.drop(fourth.index).drop(fifth.index), N_SIXTH, PER_SOURCE, SIXTH_SEED)
    seventh = sample_per_source(two_quotes.drop(fourth.index).drop(fifth.index).drop(sixth.index), N_SEVENTH, PER_SOURCE, SEVENTH_SEED)
    return pd.concat([first, second, third, fourth, fifth, sixth, seventh])


def _pools(articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The pools LATER_ROUNDS draw from, by name."""
    quote_or_cue = articles[
        articles["text"].str.contains(TOPIC)
        & (articles["body"].str.contains(QUOTE) | articles["body"].str.contains(REPORTED))
        & articles["n_words"].between(120, 450)
    ]
    quote_pair = articles[
        articles["text"].str.contains(TOPIC) & articles["body"].str.contains(QUOTE_PAIR) & articles["n_words"].between(120, 450)
    ]
    topical = articles[articles["text"].str.contains(TOPIC) & articles["n_words"].between(120, 450)]
    return {
        "quote_or_cue": quote_or_cue,
        "quote_pair": quote_pair,
        "topical": topical,
        "marked_and_cued": quote_pair[quote_pair["body"].str.contains(REPORTED)],
        "like_gold": gold_like(articles),
    }


def main(data_dir: str, out: Path = ARTICLES) -> None:
    """Write the stored rounds, read back from quotes-articles.jsonl, and draw only the rounds after them, to ``out``."""
    articles = load_split(data_dir, DEV_SPLIT)
    held = held_articles(articles, ARTICLES)
    chosen = held if len(held) else _first_rounds(articles)
    pools = _pools(articles)
    for n_articles, pool, per_source, seed in rounds_after(LATER_ROUNDS, len(chosen), N_FIRST_ROUNDS):
        drawn = sample_per_source(pools[pool].drop(chosen.index, errors="ignore"), n_articles, per_source, seed)
        chosen = pd.concat([chosen, drawn])
    write_articles(chosen, out)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default="/work/shared/data/saudinewsnet")
    parser.add_argument("--out", type=Path, default=ARTICLES, help="where to write (default: the stored quotes-articles.jsonl)")
    args = parser.parse_args()
    main(args.data_dir, args.out)
