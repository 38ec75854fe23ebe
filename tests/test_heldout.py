"""The held-out evaluation sets (data/heldout2/, data/heldout3/, sealed; data/heldout/, written as one and
now a development set), the second development set (data/dev2/), the third (data/dev3/, sealed until
the end of the session of 2026-12-06, a development set from then on), the fourth (data/dev4/, sealed until the
end of the second session of 2026-12-06, a development set from then on), the fifth (data/dev5/, sealed until the end
of the third session of 2026-12-06, a development set from then on) and the sixth (data/dev6/, sealed until the end of
the fourth session of 2026-12-06, a development set from then on), the seventh (data/dev7/, sealed until the end of
the fifth session of 2026-12-06, a development set from then on), the eighth (data/dev8/, sealed until the end of
the sixth session of 2026-12-06, a development set from then on) and the ninth (data/dev9/, sealed until the end of
the seventh session of 2026-12-06, a development set from then on), the tenth (data/dev10/, sealed until the end of
the eighth session of 2026-12-06, a development set from then on), the eleventh (data/dev11/, sealed until the end
of the ninth session of 2026-12-06, a development set from then on), the twelfth (data/dev12/, sealed until the end
of the tenth session of 2026-12-06, a development set from then on) and the thirteenth (data/dev13/, sealed until the end
of the eleventh session of 2026-12-06, a development set from then on) and the fourteenth (data/dev14/, sealed until the end
of the twelfth session, of 2026-12-07, a development set from then on) and the fifteenth (data/dev15/, sealed until the end
of the thirteenth session, of 2026-12-07, a development set from then on) and the sixteenth (data/dev16/, sealed until the end
of the fourteenth session, of 2026-12-07, a development set from then on) and the seventeenth (data/dev17/, sealed until the end
of the fifteenth session, of 2026-12-07, a development set from then on) and the eighteenth (data/dev18/, sealed until the end
of the sixteenth session, of 2026-12-07, a development set from then on) and the nineteenth (data/dev19/, sealed until the end
of the seventeenth session, of 2026-12-07, a development set from then on) and the twentieth (data/dev20/, sealed until the end
of the eighteenth session, of 2026-12-07, a development set from then on) and the twenty-first (data/dev21/, sealed until the end
of the nineteenth session, of 2026-12-07, a development set from then on) and the twenty-second (data/dev22/, sealed until the end
of the twentieth session, of 2026-12-07, a development set from then on) and the twenty-third (data/dev23/, sealed until the end
of the twenty-first session, of 2026-12-07, a development set from then on) and the twenty-fourth (data/dev24/, sealed until the end
of the twenty-second session, of 2026-12-07, a development set from then on) and the twenty-fifth (data/dev25/, sealed until the end
of the twenty-third session, of 2026-12-07, a development set from then on) and the twenty-sixth (data/dev26/, sealed until the end
of the twenty-fourth session, of 2026-12-07, a development set from then on) and the twenty-seventh (data/dev27/, sealed until the end
of the twenty-fifth session, of 2026-12-07, a development set from then on) and the twenty-eighth (data/dev28/, sealed until the end
of the twenty-sixth session, of 2026-12-07, a development set from then on) and the twenty-ninth (data/dev29/, sealed until the end
of the twenty-seventh session, a development set from then on) and the thirtieth (data/dev30/, sealed until the end
of the twenty-eighth session, a development set from then on): labels agree with the texts, every document is labelled, the committed JSONL files are current, each set lives on its own host, and
nothing in a set overlaps the sets written before it — rules were written or tuned against those, so
a shared incident, outlet or sentence would leak what the held-out figure is meant to keep out."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from data.heldout import render as heldout
from data.heldout2 import render as heldout2
from data.heldout3 import render as heldout3
from data.dev2 import render as dev2
from data.dev3 import render as dev3
from data.dev4 import render as dev4
from data.dev5 import render as dev5
from data.dev6 import render as dev6
from data.dev7 import render as dev7
from data.dev8 import render as dev8
from data.dev9 import render as dev9
from data.dev10 import render as dev10
from data.dev11 import render as dev11
from data.dev12 import render as dev12
from data.dev13 import render as dev13
from data.dev14 import render as dev14
from data.dev15 import render as dev15
from data.dev16 import render as dev16
from data.dev17 import render as dev17
from data.dev18 import render as dev18
from data.dev19 import render as dev19
from data.dev20 import render as dev20
from data.dev21 import render as dev21
from data.dev22 import render as dev22
from data.dev23 import render as dev23
from data.dev24 import render as dev24
from data.dev25 import render as dev25
from data.dev26 import render as dev26
from data.dev27 import render as dev27
from data.dev28 import render as dev28
from data.dev29 import render as dev29
from data.dev30 import render as dev30
from data.sample_world import SAMPLE_DIR, WORLD_DIR as SAMPLE_WORLD_DIR, load_world


@dataclass(frozen=True)
class LabelledSet:
    name: str
    folder: Path
    world_dir: Path
    base_url: str | None  # None: the sample world, served by the demo
    prefix: str
    render: Callable | None
    min_incidents_with_documents: int
    min_with_disagreements: int


SAMPLE = LabelledSet("sample", SAMPLE_DIR, SAMPLE_WORLD_DIR, None, "sample", None, 0, 0)
HELDOUT = LabelledSet("heldout", heldout.HELDOUT_DIR, heldout.WORLD_DIR, heldout.HELDOUT_BASE_URL, "heldout",
                      heldout.render, 12, 0)
HELDOUT2 = LabelledSet("heldout2", heldout2.HELDOUT2_DIR, heldout2.WORLD_DIR, heldout2.HELDOUT2_BASE_URL, "heldout2",
                       heldout2.render, 15, 4)
HELDOUT3 = LabelledSet("heldout3", heldout3.HELDOUT3_DIR, heldout3.WORLD_DIR, heldout3.HELDOUT3_BASE_URL, "heldout3",
                       heldout3.render, 15, 4)
# The second development set: written after the others by an author who did not read nlp/, for rule
# writers to read; checked like the held-out sets and kept disjoint from everything written before it.
DEV2 = LabelledSet("dev2", dev2.DEV2_DIR, dev2.WORLD_DIR, dev2.DEV2_BASE_URL, "dev2", dev2.render, 12, 4)
# The third development set: written on 2026-12-06 by an author who did not read nlp/, measured before and
# after that session's rule changes, then open to rule writers; disjoint from every set written before it.
DEV3 = LabelledSet("dev3", dev3.DEV3_DIR, dev3.WORLD_DIR, dev3.DEV3_BASE_URL, "dev3", dev3.render, 12, 4)
# The fourth development set: written on 2026-12-06 (second session of that day) by an author who did not
# read nlp/, sealed until the end of that session, then open to rule writers; disjoint from every set before it.
DEV4 = LabelledSet("dev4", dev4.DEV4_DIR, dev4.WORLD_DIR, dev4.DEV4_BASE_URL, "dev4", dev4.render, 12, 4)
# The fifth development set: written on 2026-12-06 (third session of that day) by an author who did not read
# nlp/, sealed until the end of that session, then open to rule writers; disjoint from every set before it.
DEV5 = LabelledSet("dev5", dev5.DEV5_DIR, dev5.WORLD_DIR, dev5.DEV5_BASE_URL, "dev5", dev5.render, 11, 4)
# The sixth development set: written on 2026-12-06 (fourth session of that day) by an author who did not read
# nlp/, sealed until the end of that session, then open to rule writers; disjoint from every set before it.
DEV6 = LabelledSet("dev6", dev6.DEV6_DIR, dev6.WORLD_DIR, dev6.DEV6_BASE_URL, "dev6", dev6.render, 11, 4)
# The seventh development set: written on 2026-12-06 (fifth session of that day) by an author who did not read
# nlp/, sealed until the end of that session, then open to rule writers; disjoint from every set before it.
DEV7 = LabelledSet("dev7", dev7.DEV7_DIR, dev7.WORLD_DIR, dev7.DEV7_BASE_URL, "dev7", dev7.render, 11, 4)
# The eighth development set: written on 2026-12-06 (sixth session of that day) by an author who did not read
# nlp/, sealed until the end of that session, then open to rule writers; disjoint from every set before it.
DEV8 = LabelledSet("dev8", dev8.DEV8_DIR, dev8.WORLD_DIR, dev8.DEV8_BASE_URL, "dev8", dev8.render, 11, 4)
# The ninth development set: written on 2026-12-06 (seventh session of that day) by an author who did not read
# nlp/, sealed until the end of that session, then open to rule writers; disjoint from every set before it.
DEV9 = LabelledSet("dev9", dev9.DEV9_DIR, dev9.WORLD_DIR, dev9.DEV9_BASE_URL, "dev9", dev9.render, 11, 4)
# The tenth development set: written on 2026-12-06 (eighth session of that day) by an author who did not read
# nlp/, sealed until the end of that session, then open to rule writers; disjoint from every set before it.
DEV10 = LabelledSet("dev10", dev10.DEV10_DIR, dev10.WORLD_DIR, dev10.DEV10_BASE_URL, "dev10", dev10.render, 11, 4)
# The eleventh development set: written on 2026-12-06 (ninth session of that day) by an author who did not read
# nlp/, sealed until the end of that session, then open to rule writers; disjoint from every set before it.
DEV11 = LabelledSet("dev11", dev11.DEV11_DIR, dev11.WORLD_DIR, dev11.DEV11_BASE_URL, "dev11", dev11.render, 11, 4)
# The twelfth development set: written on 2026-12-06 (tenth session of that day) by an author who did not read
# nlp/, sealed until the end of that session, then open to rule writers; disjoint from every set before it.
DEV12 = LabelledSet("dev12", dev12.DEV12_DIR, dev12.WORLD_DIR, dev12.DEV12_BASE_URL, "dev12", dev12.render, 11, 4)
# The thirteenth development set: written on 2026-12-06 (eleventh session of that day) by an author who did not read
# nlp/, sealed until the end of that session, then open to rule writers; disjoint from every set before it.
DEV13 = LabelledSet("dev13", dev13.DEV13_DIR, dev13.WORLD_DIR, dev13.DEV13_BASE_URL, "dev13", dev13.render, 11, 4)
# The fourteenth development set: written on 2026-12-07 (twelfth session, of 2026-12-07) by an author who did not read
# nlp/, sealed until the end of that session, then open to rule writers; disjoint from every set before it.
DEV14 = LabelledSet("dev14", dev14.DEV14_DIR, dev14.WORLD_DIR, dev14.DEV14_BASE_URL, "dev14", dev14.render, 11, 4)
# The fifteenth development set: written on 2026-12-07 in the twelfth session, of 2026-12-07, for the thirteenth, by an
# author who did not read nlp/, sealed until the end of the thirteenth session, then open to rule writers; disjoint from
# every set before it.
DEV15 = LabelledSet("dev15", dev15.DEV15_DIR, dev15.WORLD_DIR, dev15.DEV15_BASE_URL, "dev15", dev15.render, 11, 4)
# The sixteenth development set: written on 2026-12-07 in the thirteenth session, of 2026-12-07, for the fourteenth, by an
# author who did not read nlp/, sealed until the end of the fourteenth session, then open to rule writers; disjoint from
# every set before it.
DEV16 = LabelledSet("dev16", dev16.DEV16_DIR, dev16.WORLD_DIR, dev16.DEV16_BASE_URL, "dev16", dev16.render, 11, 4)
# The seventeenth development set: written on 2026-12-07 in the fourteenth session, of 2026-12-07, for the fifteenth, by an
# author who did not read nlp/, sealed until the end of the fifteenth session, then open to rule writers; disjoint from
# every set before it.
DEV17 = LabelledSet("dev17", dev17.DEV17_DIR, dev17.WORLD_DIR, dev17.DEV17_BASE_URL, "dev17", dev17.render, 11, 4)
# The eighteenth development set: written on 2026-12-07 in the fifteenth session, of 2026-12-07, for the sixteenth, by an
# author who did not read nlp/, sealed until the end of the sixteenth session, then open to rule writers; disjoint from
# every set before it.
DEV18 = LabelledSet("dev18", dev18.DEV18_DIR, dev18.WORLD_DIR, dev18.DEV18_BASE_URL, "dev18", dev18.render, 11, 4)
# The nineteenth development set: written on 2026-12-07 in the sixteenth session, of 2026-12-07, for the seventeenth, by an
# author who did not read nlp/, sealed until the end of the seventeenth session, then open to rule writers; disjoint from
# every set before it.
DEV19 = LabelledSet("dev19", dev19.DEV19_DIR, dev19.WORLD_DIR, dev19.DEV19_BASE_URL, "dev19", dev19.render, 11, 4)
# The twentieth development set: written on 2026-12-07 in the seventeenth session, of 2026-12-07, for the eighteenth, by an
# author who did not read nlp/, sealed until the end of the eighteenth session, then open to rule writers; disjoint from
# every set before it.
DEV20 = LabelledSet("dev20", dev20.DEV20_DIR, dev20.WORLD_DIR, dev20.DEV20_BASE_URL, "dev20", dev20.render, 11, 4)
# The twenty-first development set: written on 2026-12-07 in the eighteenth session, of 2026-12-07, for the nineteenth, by an
# author who did not read nlp/, sealed until the end of the nineteenth session, then open to rule writers; disjoint from
# every set before it.
DEV21 = LabelledSet("dev21", dev21.DEV21_DIR, dev21.WORLD_DIR, dev21.DEV21_BASE_URL, "dev21", dev21.render, 11, 4)
# The twenty-second development set: written on 2026-12-07 in the nineteenth session, of 2026-12-07, for the twentieth, by an
# author who did not read nlp/, sealed until the end of the twentieth session, then open to rule writers; disjoint from
# every set before it.
DEV22 = LabelledSet("dev22", dev22.DEV22_DIR, dev22.WORLD_DIR, dev22.DEV22_BASE_URL, "dev22", dev22.render, 11, 4)
# The twenty-third development set: written on 2026-12-07 in the twentieth session, of 2026-12-07, for the twenty-first, by an
# author who did not read nlp/, sealed until the end of the twenty-first session, then open to rule writers; disjoint from
# every set before it.
DEV23 = LabelledSet("dev23", dev23.DEV23_DIR, dev23.WORLD_DIR, dev23.DEV23_BASE_URL, "dev23", dev23.render, 11, 4)
# The twenty-fourth development set: written on 2026-12-07 in the twenty-first session, of 2026-12-07, for the twenty-second, by
# an author who did not read nlp/, sealed until the end of the twenty-second session, then open to rule writers; disjoint from
# every set before it.
DEV24 = LabelledSet("dev24", dev24.DEV24_DIR, dev24.WORLD_DIR, dev24.DEV24_BASE_URL, "dev24", dev24.render, 11, 4)
# The twenty-fifth development set: written on 2026-12-07 in the twenty-second session, of 2026-12-07, for the twenty-third, by
# an author who did not read nlp/, sealed until the end of the twenty-third session, then open to rule writers; disjoint from
# every set before it (18 incidents, 5 of them fictional; 11 items that are not about an outage).
DEV25 = LabelledSet("dev25", dev25.DEV25_DIR, dev25.WORLD_DIR, dev25.DEV25_BASE_URL, "dev25", dev25.render, 11, 4)
# The twenty-sixth development set: written on 2026-12-07 in the twenty-third session, of 2026-12-07, for the twenty-fourth, by
# an author who did not read nlp/, sealed until the end of the twenty-fourth session, then open to rule writers; disjoint from
# every set before it (18 incidents, 4 of them fictional; 10 items that are not about an outage).
DEV26 = LabelledSet("dev26", dev26.DEV26_DIR, dev26.WORLD_DIR, dev26.DEV26_BASE_URL, "dev26", dev26.render, 11, 4)
# The twenty-seventh development set: written on 2026-12-07 in the twenty-fourth session, of 2026-12-07, for the twenty-fifth, by
# an author who did not read nlp/, sealed until the end of the twenty-fifth session, then open to rule writers; disjoint from
# every set before it (16 incidents, 4 of them fictional; 10 items that are not about an outage).
DEV27 = LabelledSet("dev27", dev27.DEV27_DIR, dev27.WORLD_DIR, dev27.DEV27_BASE_URL, "dev27", dev27.render, 11, 4)
# The twenty-eighth development set: written on 2026-12-07 in the twenty-fifth session, of 2026-12-07, for the twenty-sixth, by
# an author who did not read nlp/, sealed until the end of the twenty-sixth session, then open to rule writers; disjoint from
# every set before it (15 incidents, 5 of them fictional; 10 items that are not about an outage).
DEV28 = LabelledSet("dev28", dev28.DEV28_DIR, dev28.WORLD_DIR, dev28.DEV28_BASE_URL, "dev28", dev28.render, 11, 4)
# The twenty-ninth development set: written on 2026-12-07/08 in the twenty-sixth session, for the twenty-seventh, by
# an author who did not read nlp/, sealed until the end of the twenty-seventh session, then open to rule writers; disjoint from
# every set before it (15 incidents, 5 of them fictional; 10 items that are not about an outage).
DEV29 = LabelledSet("dev29", dev29.DEV29_DIR, dev29.WORLD_DIR, dev29.DEV29_BASE_URL, "dev29", dev29.render, 11, 4)
# The thirtieth development set: written on 2026-12-08 in the twenty-seventh session, for the twenty-eighth, by
# an author who did not read nlp/, sealed until the end of the twenty-eighth session, then open to rule writers; disjoint from
# every set before it (17 incidents, 5 of them fictional; 10 items that are not about an outage).
DEV30 = LabelledSet("dev30", dev30.DEV30_DIR, dev30.WORLD_DIR, dev30.DEV30_BASE_URL, "dev30", dev30.render, 11, 4)
HELD_OUT = (HELDOUT, HELDOUT2, HELDOUT3, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13, DEV14, DEV15, DEV16, DEV17, DEV18, DEV19, DEV20, DEV21, DEV22, DEV23, DEV24, DEV25, DEV26, DEV27, DEV28, DEV29, DEV30)
WRITTEN_BEFORE = {"heldout": (SAMPLE,), "heldout2": (SAMPLE, HELDOUT), "heldout3": (SAMPLE, HELDOUT, HELDOUT2),
                  "dev2": (SAMPLE, HELDOUT, HELDOUT2, HELDOUT3),
                  "dev3": (SAMPLE, HELDOUT, DEV2, HELDOUT2, HELDOUT3),
                  "dev4": (SAMPLE, HELDOUT, DEV2, DEV3, HELDOUT2, HELDOUT3),
                  "dev5": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, HELDOUT2, HELDOUT3),
                  "dev6": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, HELDOUT2, HELDOUT3),
                  "dev7": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, HELDOUT2, HELDOUT3),
                  "dev8": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, HELDOUT2, HELDOUT3),
                  "dev9": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, HELDOUT2, HELDOUT3),
                  "dev10": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, HELDOUT2, HELDOUT3),
                  "dev11": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, HELDOUT2, HELDOUT3),
                  "dev12": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, HELDOUT2,
                            HELDOUT3),
                  "dev13": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, HELDOUT2,
                            HELDOUT3),
                  "dev14": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            HELDOUT2, HELDOUT3),
                  "dev15": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, HELDOUT2, HELDOUT3),
                  "dev16": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, HELDOUT2, HELDOUT3),
                  "dev17": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, HELDOUT2, HELDOUT3),
                  "dev18": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, HELDOUT2, HELDOUT3),
                  "dev19": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, DEV18, HELDOUT2, HELDOUT3),
                  "dev20": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, DEV18, DEV19, HELDOUT2, HELDOUT3),
                  "dev21": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, DEV18, DEV19, DEV20, HELDOUT2, HELDOUT3),
                  "dev22": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, DEV18, DEV19, DEV20, DEV21, HELDOUT2, HELDOUT3),
                  "dev23": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, DEV18, DEV19, DEV20, DEV21, DEV22, HELDOUT2, HELDOUT3),
                  "dev24": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, DEV18, DEV19, DEV20, DEV21, DEV22, DEV23, HELDOUT2, HELDOUT3),
                  "dev25": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, DEV18, DEV19, DEV20, DEV21, DEV22, DEV23, DEV24, HELDOUT2, HELDOUT3),
                  "dev26": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, DEV18, DEV19, DEV20, DEV21, DEV22, DEV23, DEV24, DEV25, HELDOUT2,
                            HELDOUT3),
                  "dev27": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, DEV18, DEV19, DEV20, DEV21, DEV22, DEV23, DEV24, DEV25, DEV26,
                            HELDOUT2, HELDOUT3),
                  "dev28": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, DEV18, DEV19, DEV20, DEV21, DEV22, DEV23, DEV24, DEV25, DEV26,
                            DEV27, HELDOUT2, HELDOUT3),
                  "dev29": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, DEV18, DEV19, DEV20, DEV21, DEV22, DEV23, DEV24, DEV25, DEV26,
                            DEV27, DEV28, HELDOUT2, HELDOUT3),
                  "dev30": (SAMPLE, HELDOUT, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7, DEV8, DEV9, DEV10, DEV11, DEV12, DEV13,
                            DEV14, DEV15, DEV16, DEV17, DEV18, DEV19, DEV20, DEV21, DEV22, DEV23, DEV24, DEV25, DEV26,
                            DEV27, DEV28, DEV29, HELDOUT2, HELDOUT3)}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sentences(text: str) -> set[str]:
    return {s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 8}


@pytest.fixture(scope="module", params=HELD_OUT, ids=lambda s: s.name)
def labelled(request):
    """(set, world, documents by id, labels by id)."""
    s = request.param
    documents = {r["id"]: r for r in _jsonl(s.folder / "documents.jsonl")}
    labels = {r["id"]: r for r in _jsonl(s.folder / "labels.jsonl")}
    return s, load_world(s.world_dir), documents, labels


def test_world_files_pass_the_check(labelled):
    _, world, _, _ = labelled
    assert [str(p) for p in world.problems] == []


def test_every_quote_is_verbatim_at_its_offsets(labelled):
    _, _, documents, labels = labelled
    n_claims = 0
    for doc_id, label in labels.items():
        text = documents[doc_id]["text"]
        for entry in label["incidents"]:
            for claim in entry["claims"]:
                assert text[claim["start"]:claim["end"]] == claim["quote"], (doc_id, claim["quote"])
                n_claims += 1
    assert n_claims >= 150


def test_every_document_has_exactly_one_label(labelled):
    s, _, documents, labels = labelled
    assert set(labels) == set(documents)
    assert len(_jsonl(s.folder / "labels.jsonl")) == len(labels)
    assert len(_jsonl(s.folder / "documents.jsonl")) == len(documents)


def test_every_outage_document_carries_claims_and_noise_carries_none(labelled):
    _, _, _, labels = labelled
    for doc_id, label in labels.items():
        if label["is_outage"]:
            assert label["incidents"], doc_id
            primary = [e for e in label["incidents"] if e["primary"]]
            assert len(primary) == 1 and primary[0]["claims"], doc_id
        else:
            assert label["incidents"] == [], doc_id


def test_committed_files_match_a_fresh_render(labelled):
    s, world, _, _ = labelled
    for name, body in s.render(world).items():
        assert (s.folder / name).read_text(encoding="utf-8") == body, name


def test_documents_live_on_their_own_host(labelled):
    s, _, documents, _ = labelled
    for record in documents.values():
        assert record["url"].startswith(s.base_url + "/"), record["id"]
        assert record["source_id"].startswith(f"{s.prefix}-"), record["id"]
        if record["doc_key"].startswith("url:"):
            assert record["doc_key"] == "url:" + record["url"], record["id"]
        else:
            assert record["doc_key"].startswith(f"{s.prefix}-"), record["id"]


def test_set_is_big_enough_to_measure(labelled):
    s, world, _, labels = labelled
    outage = [label for label in labels.values() if label["is_outage"]]
    with_documents = {e["gold_incident"] for label in outage for e in label["incidents"] if e["primary"]}
    assert len(outage) >= 30
    assert len(labels) - len(outage) >= 10
    assert len(with_documents) >= s.min_incidents_with_documents
    assert sum(1 for incident in world.incidents.values() if incident.disagreements) >= s.min_with_disagreements
    kinds = {c["speaker_kind"] for label in outage for e in label["incidents"] for c in e["claims"]}
    assert kinds == {"vendor", "press", "other"}
    polarities = {c["polarity"] for label in outage for e in label["incidents"] for c in e["claims"]}
    assert polarities == {"asserts", "denies"}


def _independence_cases():
    return [pytest.param(later, earlier, id=f"{later.name}-vs-{earlier.name}")
            for later in HELD_OUT for earlier in WRITTEN_BEFORE[later.name]]


@pytest.mark.parametrize(("later", "earlier"), _independence_cases())
def test_shares_no_incident_outlet_document_or_sentence_with_an_earlier_set(later, earlier):
    world, other = load_world(later.world_dir), load_world(earlier.world_dir)
    records, other_records = _jsonl(later.folder / "documents.jsonl"), _jsonl(earlier.folder / "documents.jsonl")
    assert not set(world.incidents) & set(other.incidents)
    assert not {d.id for d in world.documents} & {d.id for d in other.documents}
    assert not set(world.outlets) & set(other.outlets)
    assert not {o.name for o in world.outlets.values()} & {o.name for o in other.outlets.values()}
    assert not {r["url"] for r in records} & {r["url"] for r in other_records}
    # Written independently: a shared sentence would mean rules tuned on one were seen on the other.
    other_sentences = set().union(*(_sentences(r["text"]) for r in other_records))
    assert {s for r in records for s in _sentences(r["text"])} & other_sentences == set()
