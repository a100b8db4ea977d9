"""The schema module: records and frames conform to the same columns, dtypes and values."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from workbench import schema


def _sample(dtype: str, row: int):
    """A value of ``dtype`` for row ``row``; rows 1 and 3 hold missing values of two kinds."""
    if row == 1:
        return None
    if row == 3 and dtype not in (schema.INT,):
        return {schema.FLOAT: np.nan, schema.BOOL: np.nan, schema.STR: pd.NA}.get(dtype)
    return {schema.STR: f"قيمة {row}", schema.INT: row, schema.NINT: row, schema.FLOAT: row / 2,
            schema.BOOL: row % 2 == 0, schema.TIME: f"2017-06-2{row} 10:00:00+00:00",
            schema.DAY: date(2017, 6, 20 + row), schema.OBJ: [{"row": row}]}[dtype]


@pytest.mark.parametrize("frame", list(schema.FRAMES))
def test_records_and_an_object_frame_conform_alike(frame):
    # the records path builds columns from plain lists; it must agree with the casts of a frame
    spec = schema.FRAMES[frame]
    nullable = [c for c in spec if c.dtype != schema.INT]
    records = [{c.name: (_sample(c.dtype, row) if c.dtype != schema.INT or row != 1 else 0) for c in spec}
               for row in range(5)]
    from_records = schema.conform(records, frame)
    from_frame = schema.conform(pd.DataFrame(records, dtype=object), frame)
    pd.testing.assert_frame_equal(from_records, from_frame, check_exact=True)
    assert list(from_records.columns) == schema.columns(frame)
    assert nullable == [] or from_records[nullable[0].name].isna().iloc[1]


def test_records_missing_a_column_get_it_empty():
    frame = schema.conform([{"path": "a.txt", "problem": "empty file"}], "errors")
    assert frame["severity"].isna().all() and str(frame["severity"].dtype) == "string"

