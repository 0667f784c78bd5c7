"""Readers: files → the plan model. Each returns (model, findings) or raises WorkplanError."""
