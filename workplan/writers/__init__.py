"""Writers: the plan model (or an analysis result) → document bytes or text. The caller writes."""
