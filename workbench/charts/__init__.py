"""Charts and tables with correctly shaped right-to-left Arabic labels.

Every chart takes the workbench's frames and returns a matplotlib Figure with
Arabic labels (``lang="en"`` for English), drawn with the bundled Amiri font;
:func:`rtl_table` shows a frame as a right-to-left, HTML-escaped table.

>>> import workbench.charts as charts
>>> charts.label("HIMARS صواريخ") == "\\u200fHIMARS صواريخ"
True
"""

from workbench.charts.actors import mention_counts, mention_table, mentions_over_time, top_actors
from workbench.charts.fonts import chart_style, register_fonts
from workbench.charts.labels import label, shapes_text
from workbench.charts.names import actor_names, named
from workbench.charts.quotes import quote_counts, quotes_by_speaker
from workbench.charts.stance import stance_heatmap, stance_network
from workbench.charts.tables import in_context, rtl_table
from workbench.charts.timeline import date_timeline, referenced_days

__all__ = [
    "label", "shapes_text", "chart_style", "register_fonts", "actor_names", "named",
    "mention_counts", "mention_table", "top_actors", "mentions_over_time",
    "stance_heatmap", "stance_network",
    "quote_counts", "quotes_by_speaker",
    "referenced_days", "date_timeline",
    "rtl_table", "in_context",
]
