# reqeng — `make run` sets everything up and processes inputs/; `make test` is what CI runs.
SWIFT       ?= swift
BUILD_DIR   ?= .build
BIN         := $(BUILD_DIR)/debug/reqeng
INPUTS      ?= inputs
OUTPUTS     ?= outputs
# System packages the build, the PDF renderer and the output checks need (Debian names).
APT_PACKAGES := libcairo2-dev libpango1.0-dev libsqlite3-dev fonts-dejavu-core pkg-config \
                qpdf poppler-utils prometheus jq curl shellcheck groff-base man-db zsh fish \
                libcurl4-openssl-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

SHOTS       ?= $(OUTPUTS)/screenshots

.PHONY: all deps build run test lint format unit asan e2e crash-test bench clean help screenshots \
        prompts-lock prompts-check fuzz eval install

all: build

help:
	@echo "make run     install what is missing, build, process $(INPUTS)/ into $(OUTPUTS)/"
	@echo "make test    deps, build, lint, unit tests, end-to-end checks of the real binary"
	@echo "make lint    swift format lint --strict      make format  fix formatting"
	@echo "make bench   release-build benchmarks (throughput, scaling, memory, PDF pages/s)"
	@echo "make eval    extraction precision/recall on the labelled conversations, classification on PROMISE"
	@echo "make fuzz    libFuzzer run of every transcript parser, FUZZ_SECONDS each (default 60)"
	@echo "make crash-test  kill a run at random moments and check it resumes to identical output"
	@echo "make screenshots  headless Chromium pictures of the latest run report (desktop and phone)"
	@echo "make install PREFIX=/usr/local  release binary, man page, bash/zsh/fish completions"
	@echo "make clean   remove build products and outputs"

# Installs only what is missing, so a machine that has everything pays one dpkg query.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "deps: installing$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema

# Tests are built in the same pass (the executable is the same one), so `make test` compiles once.
build: deps
	$(SWIFT) build --build-tests --build-path $(BUILD_DIR)

run: build
	$(BIN) run $(INPUTS) --output $(OUTPUTS)

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Plugins Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Plugins Sources Tests

unit: build
	$(SWIFT) test --skip-build --build-path $(BUILD_DIR)

# The test suite once more under AddressSanitizer (a build folder of its own). LeakSanitizer stays
# on, with the toolchain's process-lifetime allocations suppressed (lsan.supp). Line tables are all
# the debug information a sanitizer report needs (file, line, function); the rest would only take
# disk space from a build that exists to run the tests once. (The index store stays: test discovery
# on Linux reads it.)
ASAN_FLAGS := -Xswiftc -gline-tables-only -Xcc -gline-tables-only -Xcxx -gline-tables-only
asan: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/lsan.supp $(SWIFT) test --sanitize=address --build-path $(BUILD_DIR)-asan \
	  $(ASAN_FLAGS)

e2e: build
	scripts/e2e.sh $(BIN)
	scripts/e2e-openai.sh $(BIN)
	scripts/e2e-telemetry.sh $(BIN)
	scripts/crash-test.sh $(BIN) 12 3
	scripts/shard-check.sh $(BIN)
	deploy/ci/check-examples.sh
	scripts/e2e-install.sh $(BUILD_DIR)

# Extraction quality on the labelled development set (eval/LABELLING.md), on the conversations
# written blind (eval/blind), then on the held-out meetings, then classification on PROMISE NFR. MEETINGS and PROMISE point at the public data sets.
MEETINGS ?= ../shared/data/meetings
PROMISE  ?= ../shared/data/promise-nfr/nfr.csv
eval: build
	$(BIN) eval --conversations $(MEETINGS) --gold eval/gold/meetings 2>/dev/null
	$(BIN) eval --conversations eval/conversations --gold eval/gold/interviews 2>/dev/null
	$(BIN) eval --conversations eval/blind/conversations --gold eval/blind/gold 2>/dev/null
	$(BIN) eval --conversations $(MEETINGS) --gold eval/gold/holdout-meetings 2>/dev/null
	$(BIN) eval --dataset $(PROMISE)

# Prompts of the openai engine are locked by hash: a changed prompt needs `make prompts-lock`.
prompts-lock:
	scripts/prompts-lock.sh

prompts-check:
	scripts/prompts-lock.sh --check

# Benchmarks (release build): end-to-end throughput, scaling, memory, rerun; and PDF pages/s
# against raw Cairo + Pango. Numbers go to BENCHMARKS.md by hand, with the machine.
bench: deps
	scripts/bench.sh 50 5
	$(SWIFT) run -c release reqeng-bench pdf

# libFuzzer over every transcript parser (a package of its own under Fuzz/), FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

# The full kill-and-resume test: 100 generated projects, 5 SIGKILLs at random moments.
crash-test: build
	scripts/crash-test.sh $(BIN) 100 5

test: deps build lint prompts-check unit e2e asan

# One release executable (templates, prices, schema and rules compiled in; the Swift runtime linked
# statically), its man page and shell completions, under $(DESTDIR)$(PREFIX). The static build has a
# build directory of its own: objects compiled for the static runtime do not link against the shared
# one, nor the reverse. The man page comes from swift-argument-parser's generate-manual plugin, run on
# the debug build (its text does not depend on the configuration).
PREFIX        ?= /usr/local
DESTDIR       ?=
INSTALL_BUILD ?= $(BUILD_DIR)-install
MANUAL        := $(BUILD_DIR)/plugins/GenerateManual/outputs/reqeng/reqeng.1
RELEASE_BIN   := $(INSTALL_BUILD)/release/reqeng
install: deps
	$(SWIFT) package --build-path $(BUILD_DIR) generate-manual --configuration debug
	$(SWIFT) build -c release --build-path $(INSTALL_BUILD) --product reqeng --static-swift-stdlib
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -s -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/reqeng
	install -m 644 $(MANUAL) $(DESTDIR)$(PREFIX)/share/man/man1/reqeng.1
	$(RELEASE_BIN) --generate-completion-script bash >$(DESTDIR)$(PREFIX)/share/bash-completion/completions/reqeng
	$(RELEASE_BIN) --generate-completion-script zsh >$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_reqeng
	$(RELEASE_BIN) --generate-completion-script fish >$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/reqeng.fish
	@echo "installed reqeng under $(DESTDIR)$(PREFIX)"

clean:
	rm -rf $(BUILD_DIR) $(BUILD_DIR)-asan $(BUILD_DIR)-install
	find $(OUTPUTS) -mindepth 1 ! -name .gitkeep -delete 2>/dev/null || true

# Headless Chromium screenshots of the latest run page and the index, at desktop and phone widths.
screenshots: build
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium; }
	@[ -f $(OUTPUTS)/reqeng.sqlite ] || $(BIN) run $(INPUTS) --output $(OUTPUTS)
	$(BIN) report $(OUTPUTS) --templates templates
	@page=$$(ls -t $(OUTPUTS)/reports/runs/*.html | head -1); mkdir -p $(SHOTS); \
	for w in 1280 390; do \
	  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=$$w,3200 \
	    --screenshot=$(SHOTS)/run-$$w.png "file://$$(realpath $$page)" 2>/dev/null; \
	  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=$$w,2000 \
	    --screenshot=$(SHOTS)/index-$$w.png "file://$$(realpath $(OUTPUTS)/reports/index.html)" 2>/dev/null; \
	done; ls -l $(SHOTS)
