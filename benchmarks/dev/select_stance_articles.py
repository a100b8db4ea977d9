"""Choose the stance development set from SaudiNewsNet's development split.

Only the development split (the zips of 2015-07-21 to 2015-08-04) is read; the
test split and the gold set in benchmarks/gold/ stay untouched. Selection:
political news (at least two mentions of states, armed groups or international
bodies of the region, no sports vocabulary) with at least three stance words
(meet, condemn, reject, support, attack, accuse, ...), 120 to 400 words, a fixed
random sample (seed 804) of at most 3 articles per newspaper, 30 in all
(n = 1..30); then a second sample of 20 more (seed 805, again at most 3 per
newspaper, n = 31..50) from the eligible articles the first left, a third of
20 (seed 806, n = 51..70) from those the first two left, a fourth of 15
(seed 807, n = 71..85) from those the first three left and a fifth of 15
(seed 808, n = 86..100) from those the first four left, a sixth of 20
(seed 809, n = 101..120) from those the first five left and a seventh of 20
(seed 810, n = 121..140) from those the first six left and an eighth of 20
(seed 811, n = 141..160) from those the first seven left and a ninth of 20
(seed 812, n = 161..180) from those the first eight left, so earlier rounds'
articles stay first and unchanged. The tenth round (seed 813, 15 articles,
n = 181..195, at most 4 per newspaper) is drawn like the gold set
(benchmarks/gold/select_articles.py: political news matching sampling.TOPIC,
a quotation mark, 120 to 650 words, no stance-word count) from the
development split's articles no earlier round holds, so that one batch
estimates the test set's kind of text; the eleventh (seed 814, 15 articles,
n = 196..210) likewise from the articles the tenth left, the twelfth (seed 815, n = 211..225)
from those the tenth and eleventh left and the thirteenth (seed 816, n = 226..240) from those the
tenth to twelfth left, the fourteenth (seed 817, n = 241..255) from those the tenth to
thirteenth left, the fifteenth (seed 818, n = 256..270) from those the tenth to fourteenth
left, the sixteenth (seed 819, n = 271..285) from those the tenth to fifteenth left, the seventeenth
(seed 820, n = 286..300) from those the tenth to sixteenth left, the eighteenth (seed 821,
n = 301..315) from those the tenth to seventeenth left, the nineteenth (seed 822, n = 316..330)
from those the tenth to eighteenth left, the twentieth (seed 823, n = 331..345) from those the
tenth to nineteenth left, the twenty-first (seed 824, n = 346..360) from those the tenth to
twentieth left, the twenty-second (seed 825, n = 361..375) from those the tenth to twenty-first
left, the twenty-third (seed 826, n = 376..390) from those the tenth to twenty-second left, the
twenty-fourth (seed 827, n = 391..405) from those the tenth to twenty-third left and the twenty-fifth
(seed 828, n = 406..420) from those the tenth to twenty-fourth left, the twenty-sixth (seed 829,
n = 421..435) from those the tenth to twenty-fifth left, the twenty-seventh (seed 830, n = 436..450)
from those the tenth to twenty-sixth left, the twenty-eighth (seed 831, n = 451..465) from those the
tenth to twenty-seventh left, the twenty-ninth (seed 832, n = 466..480) from those the tenth to
twenty-eighth left, the thirtieth (seed 833, n = 481..495) from those the tenth to twenty-ninth
left, the thirty-first (seed 834, n = 496..510) from those the tenth to thirtieth left, the
thirty-second (seed 835, n = 511..525) from those the tenth to thirty-first left, the thirty-third
(seed 836, n = 526..540) from those the tenth to thirty-second left, the thirty-fourth (seed 837,
n = 541..555) from those the tenth to thirty-third left and the thirty-fifth (seed 838,
n = 556..570) from those the tenth to thirty-fourth left. All are written in the layout of
benchmarks/gold/articles.jsonl.

    python benchmarks/dev/select_stance_articles.py /work/shared/data/saudinewsnet
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))

from sampling import DEV_SPLIT, gold_like, held_articles, load_split, rounds_after, sample_per_source, write_articles  # noqa: E402

TOPIC = re.compile(r"سوري|اليمن|الحوثي|إيران|ايران|العراق|داعش|الأسد|حزب الله|لبنان|ليبيا|مصر|فلسطين|إسرائيل|تركيا|روسيا|واشنطن|مجلس الأمن|الأمم المتحدة")
STANCE_WORD = re.compile(r"(?:التقى|استقبل|بحث|زار|زيارة|أدان|ادان|ندد|رفض|دعم|أيد|رحب|قصف|غارات|هاجم|استهدف|اتهم|انتقد|حذر|طالب|سيطر|حصار|اتصال)")
SPORTS = re.compile(r"الدوري|مدرب|لاعب|المنتخب|مباراة|نادي|بطولة")
N_ARTICLES, PER_SOURCE, SEED, MIN_TOPIC, MIN_CUES = 30, 3, 804, 2, 3
N_SECOND, SECOND_SEED = 20, 805  # the second round, drawn from the articles the first left
N_THIRD, THIRD_SEED = 20, 806  # the third round, drawn from the articles the first two left
N_FOURTH, FOURTH_SEED = 15, 807  # the fourth round, drawn from the articles the first three left
N_FIFTH, FIFTH_SEED = 15, 808  # the fifth round, drawn from the articles the first four left
N_SIXTH, SIXTH_SEED = 20, 809  # the sixth round, drawn from the articles the first five left
N_SEVENTH, SEVENTH_SEED = 20, 810  # the seventh round, drawn from the articles the first six left
N_EIGHTH, EIGHTH_SEED = 20, 811  # the eighth round, drawn from the articles the first seven left
N_NINTH, NINTH_SEED = 20, 812  # the ninth round, drawn from the articles the first eight left
N_TENTH, TENTH_SEED, TENTH_PER_SOURCE = 15, 813, 4  # the tenth round, drawn like the gold set
N_ELEVENTH, ELEVENTH_SEED = 15, 814  # the eleventh round, drawn like the gold set from what the tenth left
N_TWELFTH, TWELFTH_SEED = 15, 815  # the twelfth round, drawn like the gold set from what the tenth and eleventh left
N_THIRTEENTH, THIRTEENTH_SEED = 15, 816  # the thirteenth round, drawn like the gold set from what the tenth to twelfth left
N_FOURTEENTH, FOURTEENTH_SEED = 15, 817  # the fourteenth round, drawn like the gold set from what the tenth to thirteenth left
N_FIFTEENTH, FIFTEENTH_SEED = 15, 818  # the fifteenth round, drawn like the gold set from what the tenth to fourteenth left
N_SIXTEENTH, SIXTEENTH_SEED = 15, 819  # the sixteenth round, drawn like the gold set from what the tenth to fifteenth left
N_SEVENTEENTH, SEVENTEENTH_SEED = 15, 820  # the seventeenth round, drawn like the gold set from what the tenth to sixteenth left
N_EIGHTEENTH, EIGHTEENTH_SEED = 15, 821  # the eighteenth round, drawn like the gold set from what the tenth to seventeenth left
N_NINETEENTH, NINETEENTH_SEED = 15, 822  # the nineteenth round, drawn like the gold set from what the tenth to eighteenth left
N_TWENTIETH, TWENTIETH_SEED = 15, 823  # the twentieth round, drawn like the gold set from what the tenth to nineteenth left
N_TWENTY_FIRST, TWENTY_FIRST_SEED = 15, 824  # the twenty-first round, drawn like the gold set from what the tenth to twentieth left
N_TWENTY_SECOND, TWENTY_SECOND_SEED = 15, 825  # the twenty-second round, drawn like the gold set from what the tenth to twenty-first left
N_TWENTY_THIRD, TWENTY_THIRD_SEED = 15, 826  # the twenty-third round, drawn like the gold set from what the tenth to twenty-second left
N_TWENTY_FOURTH, TWENTY_FOURTH_SEED = 15, 827  # the twenty-fourth round, drawn like the gold set from what the tenth to twenty-third left
N_TWENTY_FIFTH, TWENTY_FIFTH_SEED = 15, 828  # the twenty-fifth round, drawn like the gold set from what the tenth to twenty-fourth left
N_TWENTY_SIXTH, TWENTY_SIXTH_SEED = 15, 829  # the twenty-sixth round, drawn like the gold set from what the tenth to twenty-fifth left
N_TWENTY_SEVENTH, TWENTY_SEVENTH_SEED = 15, 830  # the twenty-seventh round, drawn like the gold set from what the tenth to twenty-sixth left
N_TWENTY_EIGHTH, TWENTY_EIGHTH_SEED = 15, 831  # the twenty-eighth round, drawn like the gold set from what the tenth to twenty-seventh left
N_TWENTY_NINTH, TWENTY_NINTH_SEED = 15, 832  # the twenty-ninth round, drawn like the gold set from what the tenth to twenty-eighth left
N_THIRTIETH, THIRTIETH_SEED = 15, 833  # the thirtieth round, drawn like the gold set from what the tenth to twenty-ninth left
N_THIRTY_FIRST, THIRTY_FIRST_SEED = 15, 834  # the thirty-first round, drawn like the gold set from what the tenth to thirtieth left
N_THIRTY_SECOND, THIRTY_SECOND_SEED = 15, 835  # the thirty-second round, drawn like the gold set from what the tenth to thirty-first left
N_THIRTY_THIRD, THIRTY_THIRD_SEED = 15, 836  # the thirty-third round, drawn like the gold set from what the tenth to thirty-second left
N_THIRTY_FOURTH, THIRTY_FOURTH_SEED = 15, 837  # the thirty-fourth round, drawn like the gold set from what the tenth to thirty-third left
N_THIRTY_FIFTH, THIRTY_FIFTH_SEED = 15, 838  # the thirty-fifth round, drawn like the gold set from what the tenth to thirty-fourth left
# Sizes of the rounds in order: the article numbers (n) of each batch follow from them.
BATCH_SIZES = (N_ARTICLES, N_SECOND, N_THIRD, N_FOURTH, N_FIFTH, N_SIXTH, N_SEVENTH, N_EIGHTH, N_NINTH, N_TENTH, N_ELEVENTH, N_TWELFTH, N_THIRTEENTH, N_FOURTEENTH, N_FIFTEENTH, N_SIXTEENTH, N_SEVENTEENTH, N_EIGHTEENTH, N_NINETEENTH, N_TWENTIETH, N_TWENTY_FIRST, N_TWENTY_SECOND, N_TWENTY_THIRD, N_TWENTY_FOURTH, N_TWENTY_FIFTH, N_TWENTY_SIXTH, N_TWENTY_SEVENTH, N_TWENTY_EIGHTH, N_TWENTY_NINTH, N_THIRTIETH, N_THIRTY_FIRST, N_THIRTY_SECOND, N_THIRTY_THIRD, N_THIRTY_FOURTH, N_THIRTY_FIFTH)


def newest_batch(sizes: tuple[int, ...] = BATCH_SIZES) -> str:
    """The article numbers of the last round as FIRST-LAST, the batch nearest to unseen text.

    >>> newest_batch((30, 20, 15))
    '51-65'
    """
    last = sum(sizes)
    return f"{last - sizes[-1] + 1}-{last}"


ARTICLES = Path(__file__).with_name("stance-articles.jsonl")
# (articles, seed) of the rounds drawn like the gold set (the tenth onward), at most TENTH_PER_SOURCE per newspaper.
LIKE_GOLD_ROUNDS = [(N_TENTH, TENTH_SEED), (N_ELEVENTH, ELEVENTH_SEED), (N_TWELFTH, TWELFTH_SEED),
                    (N_THIRTEENTH, THIRTEENTH_SEED), (N_FOURTEENTH, FOURTEENTH_SEED), (N_FIFTEENTH, FIFTEENTH_SEED),
                    (N_SIXTEENTH, SIXTEENTH_SEED), (N_SEVENTEENTH, SEVENTEENTH_SEED),
                    (N_EIGHTEENTH, EIGHTEENTH_SEED), (N_NINETEENTH, NINETEENTH_SEED),
                    (N_TWENTIETH, TWENTIETH_SEED), (N_TWENTY_FIRST, TWENTY_FIRST_SEED),
                    (N_TWENTY_SECOND, TWENTY_SECOND_SEED), (N_TWENTY_THIRD, TWENTY_THIRD_SEED),
                    (N_TWENTY_FOURTH, TWENTY_FOURTH_SEED), (N_TWENTY_FIFTH, TWENTY_FIFTH_SEED),
                    (N_TWENTY_SIXTH, TWENTY_SIXTH_SEED), (N_TWENTY_SEVENTH, TWENTY_SEVENTH_SEED),
                    (N_TWENTY_EIGHTH, TWENTY_EIGHTH_SEED), (N_TWENTY_NINTH, TWENTY_NINTH_SEED),
                    (N_THIRTIETH, THIRTIETH_SEED), (N_THIRTY_FIRST, THIRTY_FIRST_SEED),
                    (N_THIRTY_SECOND, THIRTY_SECOND_SEED), (N_THIRTY_THIRD, THIRTY_THIRD_SEED),
                    (N_THIRTY_FOURTH, THIRTY_FOURTH_SEED), (N_THIRTY_FIFTH, THIRTY_FIFTH_SEED)]


def _stance_word_rounds(articles: pd.DataFrame) -> pd.DataFrame:
    """The first nine rounds (articles with stance words), each drawn from the eligible articles the rounds before left."""
    eligible = articles[
        (articles["text"].str.count(TOPIC) >= MIN_TOPIC)
        & ~articles["text"].str.contains(SPORTS)
        & (articles["text"].str.count(STANCE_WORD) >= MIN_CUES)
        & articles["n_words"].between(120, 400)
    ]
    first = sample_per_source(eligible, N_ARTICLES, PER_SOURCE, SEED)
    second = sample_per_source(eligible.drop(first.index), N_SECOND, PER_SOURCE, SECOND_SEED)
    third = sample_per_source(eligible.drop(first.index).drop(second.index), N_THIRD, PER_SOURCE, THIRD_SEED)
    fourth = sample_per_source(eligible.drop(first.index).drop(second.index).drop(third.index), N_FOURTH, PER_SOURCE, FOURTH_SEED)
    left = eligible.drop(first.index).drop(second.index).drop(third.index).drop(fourth.index)
    fifth = sample_per_source(left, N_FIFTH, PER_SOURCE, FIFTH_SEED)
    sixth = sample_per_source(left.drop(fifth.index), N_SIXTH, PER_SOURCE, SIXTH_SEED)
    seventh = sample_per_source(left.drop(fifth.index).drop(sixth.index), N_SEVENTH, PER_SOURCE, SEVENTH_SEED)
    later = left.drop(fifth.index).drop(sixth.index).drop(seventh.index)
    eighth = sample_per_source(later, N_EIGHTH, PER_SOURCE, EIGHTH_SEED)
    ninth = sample_per_source(later.drop(eighth.index), N_NINTH, PER_SOURCE, NINTH_SEED)
    return pd.concat([first, second, third, fourth, fifth, sixth, seventh, eighth, ninth])


def main(data_dir: str, out: Path = ARTICLES) -> None:
    """Write the stored rounds, read back from stance-articles.jsonl, and draw only the rounds after them, to ``out``."""
    articles = load_split(data_dir, DEV_SPLIT)
    held = held_articles(articles, ARTICLES)
    chosen = held if len(held) else _stance_word_rounds(articles)
    # gold_like keeps rows in order, so filtering once and dropping each batch draws as filtering after the drops
    like_gold = gold_like(articles.drop(chosen.index))
    drawn = []
    for size, seed in rounds_after(LIKE_GOLD_ROUNDS, len(chosen), sum(BATCH_SIZES[:9])):
        batch = sample_per_source(like_gold, size, TENTH_PER_SOURCE, seed)
        like_gold = like_gold.drop(batch.index)
        drawn.append(batch)
    write_articles(pd.concat([chosen, *drawn]), out)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default="/work/shared/data/saudinewsnet")
    parser.add_argument("--out", type=Path, default=ARTICLES, help="where to write (default: the stored stance-articles.jsonl)")
    args = parser.parse_args()
    main(args.data_dir, args.out)
