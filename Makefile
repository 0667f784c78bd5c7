# make demo — set up .venv, install, run workplan on the sample plans (renders into out/)
# make test — set up .venv, install, run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test bench lint templates clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	$(BIN)/workplan validate plans/2025.yaml plans/2026.yaml plans/2026-speech.yaml
	$(BIN)/workplan depts plans/2026.yaml -o out/2026-workload.xlsx
	$(BIN)/workplan diff plans/2025.yaml plans/2026.yaml -o out/2025-2026-diff.docx; test $$? -le 1  # 1 = the years differ
	$(BIN)/workplan render plans/2026.yaml --as workpoints -o out/2026-workpoints.docx
	$(BIN)/workplan render plans/2026-speech.yaml --as speech -o out/2026-speech.docx
	$(BIN)/workplan render plans/2026.yaml --as tasks -o out/2026-tasks.docx
	$(BIN)/workplan render plans/2026.yaml --as tasks --each-dept -o out/2026-tasks-by-department/

test: install
	$(BIN)/python -m pytest -q

# Byte-compiled first, as an installed wheel is: with PYTHONDONTWRITEBYTECODE set, every run
# would otherwise compile workplan from source (~40 ms of each command).
bench: install
	$(BIN)/python -m compileall -q workplan
	$(BIN)/python bench/run.py

# After editing a built-in template: the package ships it compiled (workplan/compiled_templates).
templates: install
	$(BIN)/python -c "from workplan.compiled_templates import write; write()"

lint: install
	$(BIN)/ruff check workplan tests bench

clean:
	rm -rf $(VENV) out build dist .pytest_cache .hypothesis
