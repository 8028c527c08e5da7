# ykien — build, test, demo.  `make help` lists the targets.
PREFIX    ?= /usr/local
DESTDIR   ?=
CC        ?= cc
CFLAGS    ?= -O2 -g
WARNINGS  := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wformat=2
# The drawing verbs' libraries are linked into ykien-draw only (libxml2:
# the report's Word document).
CORE_PKGS := libutf8proc gsl xlsxwriter libzip expat
DRAW_PKGS := pangocairo libxml-2.0
PKGS      := $(CORE_PKGS) $(DRAW_PKGS)
TEST_PKGS := check
BUILD     ?= build
VERSION   := 0.1.0
# Where `ykien votes` finds its rule sets once installed.
RULES_DIR  = $(PREFIX)/share/ykien/rules
WORDS_DIR  = $(PREFIX)/share/ykien/words
REPORTS_DIR = $(PREFIX)/share/ykien/reports
# Where ykien finds ykien-draw once installed (beside it in the build).
LIBEXEC_DIR = $(PREFIX)/libexec/ykien

# Debian packages ykien needs to build, test and run: the one list.
DEB_PACKAGES := build-essential pkg-config libcsv-dev libutf8proc-dev \
                libgsl-dev libcairo2-dev libpango1.0-dev check \
                fonts-noto-core fonts-dejavu-core fonts-liberation2 \
                clang time qpdf poppler-utils libxml2-utils \
                libxlsxwriter-dev libzip-dev libexpat1-dev \
                libreadstat-dev unzip
# libxml2's xmlTextWriter writes the XML parts of a Word document
# (`ykien report -o NAME.docx`): escaping and well-formedness by
# construction, not by hand.
DEB_PACKAGES += libxml2-dev
# PSPP, a reader other than ykien, opens the .sav files in the tests
# (`make stats-packages`).
DEB_PACKAGES += pspp
# LibreOffice reads back every workbook and Word document ykien writes
# (`make office`, part of `make test`, which skips it, saying so, without
# it).  It is some
# 250 MB of packages, more than CI's time allows on a fresh machine:
# `make deps-office` installs it.
OFFICE_PACKAGES := libreoffice-calc-nogui libreoffice-writer-nogui

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv -lreadstat -pthread
CORE_LIBS  = $(shell pkg-config --libs $(CORE_PKGS) 2>/dev/null) -lcsv -lreadstat -pthread
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -pthread $(WARNINGS) $(CFLAGS) \
             $(LAYER_INCLUDES) $(PKG_CFLAGS) -DYK_VERSION='"$(VERSION)"' \
             -DYK_RULES_DIR='"$(RULES_DIR)"' -DYK_WORDS_DIR='"$(WORDS_DIR)"' -DYK_REPORTS_DIR='"$(REPORTS_DIR)"' \
             -DYK_LIBEXEC_DIR='"$(LIBEXEC_DIR)"'

# lib/ is in layers, each a folder that includes only its own headers and
# those of the layers before it (`make layers` checks; see the README's
# "Architecture"): base, read, survey, stats, render.
LAYERS    := base read survey stats render
LAYER_INCLUDES := $(LAYERS:%=-Ilib/%)
LIB_SRC   := $(sort $(wildcard $(LAYERS:%=lib/%/*.c)))
TOOL_SRC  := $(sort $(wildcard tools/*.c))
UNIT_SRC  := $(sort $(wildcard tests/unit/*.c))
LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/%.o)
TOOL_OBJ  := $(TOOL_SRC:%.c=$(BUILD)/%.o)
# ykien is every tool but the drawing verbs, which it runs in ykien-draw
# (tools/draw_exec.c): the other verbs never load Pango and Cairo.
DRAW_SRC  := $(filter tools/verb_chart.c tools/verb_report.c tools/report_%.c tools/doc_header.c \
                      tools/verb_questionnaire.c tools/questionnaire_%.c \
                      tools/kind_%.c tools/chart_%.c,$(TOOL_SRC))
YKIEN_OBJ := $(filter-out $(DRAW_SRC:%.c=$(BUILD)/%.o),$(TOOL_OBJ))
DRAW_OBJ  := $(filter-out $(BUILD)/tools/draw_exec.o,$(TOOL_OBJ))
UNIT_OBJ  := $(UNIT_SRC:%.c=$(BUILD)/%.o)
# The libFuzzer targets: tests/fuzz/fuzz_NAME.c, its corpus in
# tests/fuzz/corpus-NAME/.  Adding a target is one word here.
FUZZ_TARGETS := reader form tally rules ballots text xlsx csvdiff feedback
FUZZ_RUNS    := $(FUZZ_TARGETS:%=fuzz-%)
FUZZ_REPLAYS := $(FUZZ_TARGETS:%=$(BUILD)/fuzz-replay-%)
FUZZ_OBJ     := $(FUZZ_TARGETS:%=$(BUILD)/tests/fuzz/fuzz_%.o) $(BUILD)/tests/fuzz/replay.o

.PHONY: all test layers unit cli cli-libcsv fuzz-replay office check-asan check-tsan demo deps deps-office install uninstall \
        bench fuzz $(FUZZ_RUNS) pictures clean help stats-packages

all: $(BUILD)/ykien $(BUILD)/ykien-draw

help:
	@echo "make            build $(BUILD)/ykien"
	@echo "make test       unit tests, CLI tests and fuzz-corpus replay (-Werror)"
	@echo "make layers     check that lib/'s includes point down its layers"
	@echo "make office     LibreOffice reads back every .xlsx ykien writes (part of make test)"
	@echo "make stats-packages  PSPP reads import's .sav: labels, and freq's counts"
	@echo "make check-asan the whole suite under AddressSanitizer and UBSan"
	@echo "make check-tsan reading on several threads, charts and reports under ThreadSanitizer"
	@echo "make demo       run ykien on the bundled samples"
	@echo "make deps       install the Debian packages ykien needs (the one target that does)"
	@echo "make deps-office  install LibreOffice too, for make office"
	@echo "make bench      time ykien against a bare libcsv parse and pandas (1M rows)"
	@echo "make pictures   draw the README's charts into docs/charts/"
	@echo "make fuzz       run the reader's libFuzzer target (clang) for FUZZ_SECONDS"
	@echo "make fuzz-form  run the form loader's libFuzzer target likewise"
	@echo "make fuzz-tally run the tally file loader's libFuzzer target likewise"
	@echo "make fuzz-rules run the poll rule-set loader's libFuzzer target likewise"
	@echo "make fuzz-ballots run the ballot coder's libFuzzer target likewise"
	@echo "make fuzz-text  run the projects/templates/.ykp libFuzzer target likewise"
	@echo "make fuzz-xlsx  run the .xlsx workbook reader's libFuzzer target likewise"
	@echo "make fuzz-csvdiff  read through the tokenizer and libcsv, likewise: the same, or a crash"
	@echo "make fuzz-feedback  a feedback form's targets, and contributions' remarks and ratings, likewise"
	@echo "make install    install to \$$DESTDIR\$$PREFIX (default /usr/local)"
	@echo "make uninstall  remove what install put there"
	@echo "make clean      remove $(BUILD)/"

# Each object depends on the headers it includes: -MMD writes them to a
# .d file beside it, -MP adds empty rules so a deleted header is no error.
$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

-include $(LIB_OBJ:.o=.d) $(TOOL_OBJ:.o=.d) $(UNIT_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d) \
         $(BUILD)/tests/tools/csv2xlsx.d

$(BUILD)/libykien.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/ykien: $(YKIEN_OBJ) $(BUILD)/libykien.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(YKIEN_OBJ) $(BUILD)/libykien.a $(CORE_LIBS)

$(BUILD)/ykien-draw: $(DRAW_OBJ) $(BUILD)/libykien.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(DRAW_OBJ) $(BUILD)/libykien.a $(PKG_LIBS)

# The message table is the command's, but its check is a unit test.
$(BUILD)/unit-tests: $(UNIT_OBJ) $(BUILD)/tools/messages.o $(BUILD)/libykien.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(UNIT_OBJ) $(BUILD)/tools/messages.o $(BUILD)/libykien.a \
	    $(PKG_LIBS) $(shell pkg-config --libs $(TEST_PKGS))

# A test tool: a CSV file as an Excel workbook (tests/tools/csv2xlsx.c),
# for the CLI cases that read workbooks and for the benchmark.
$(BUILD)/csv2xlsx: $(BUILD)/tests/tools/csv2xlsx.o $(BUILD)/libykien.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(CORE_LIBS)

# Test builds treat warnings as errors.  Only `make deps` runs apt-get: on a
# fresh machine, `make deps test` (the README's command).
test:
	$(MAKE) BUILD=$(BUILD) CFLAGS='$(CFLAGS) -Werror' layers unit cli cli-libcsv fuzz-replay
	$(MAKE) BUILD=$(BUILD) CFLAGS='$(CFLAGS) -Werror' stats-packages office

# Fails on an include that points up a layer or into another's privates.
layers:
	tests/layers.sh $(LAYERS)

unit: $(BUILD)/unit-tests
	$(BUILD)/unit-tests

# The cases run in as many shards at once as the machine has cores.
CLI_JOBS ?= $(shell nproc 2>/dev/null || echo 1)
cli: $(BUILD)/ykien $(BUILD)/ykien-draw $(BUILD)/csv2xlsx $(BUILD)/xlsx-fill
	CLI_JOBS=$(CLI_JOBS) YKIEN=$(BUILD)/ykien tests/cli/run.sh

# The CLI cases that read CSV files, again through libcsv, the reference
# the tokenizer reproduces: the same output, byte for byte.
CLI_READING = $(notdir $(wildcard $(addprefix tests/cli/cases/,sniff-* convert-* check-* \
                                     input-* csv-* rows-*)))
cli-libcsv: $(BUILD)/ykien $(BUILD)/ykien-draw $(BUILD)/csv2xlsx $(BUILD)/xlsx-fill
	CLI_JOBS=$(CLI_JOBS) YKIEN_CSV=libcsv YKIEN=$(BUILD)/ykien tests/cli/run.sh $(CLI_READING)

# A test tool: fills an entry workbook with a CSV's rows, as a typist
# would (tests/tools/xlsx_fill.c); the CLI cases find it beside ykien.
$(BUILD)/xlsx-fill: tests/tools/xlsx_fill.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(shell pkg-config --libs libzip) -lcsv

# PSPP opens what `ykien import -o data.sav` writes (skipped without pspp).
stats-packages: $(BUILD)/ykien
	tests/stats-packages.sh $(BUILD)/ykien

# Each target replays its corpus without libFuzzer, under gcc and the
# sanitizers, as an ordinary test.
.SECONDARY: $(FUZZ_OBJ)
$(BUILD)/fuzz-replay-%: $(BUILD)/tests/fuzz/fuzz_%.o $(BUILD)/tests/fuzz/replay.o \
                        $(BUILD)/libykien.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

# LibreOffice reads back every workbook and Word document ykien writes
# (skipped, saying so, where soffice is missing).
office: $(BUILD)/ykien $(BUILD)/ykien-draw
	YKIEN=$(BUILD)/ykien tests/office/xlsx-roundtrip.sh
	YKIEN=$(BUILD)/ykien tests/office/docx-roundtrip.sh

fuzz-replay: $(FUZZ_REPLAYS)
	@set -e; for t in $(FUZZ_TARGETS); do \
	  echo "$(BUILD)/fuzz-replay-$$t tests/fuzz/corpus-$$t"; \
	  $(BUILD)/fuzz-replay-$$t tests/fuzz/corpus-$$t; \
	done

SAN := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
check-asan:
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	$(MAKE) BUILD=build-asan CFLAGS='-O1 -g -Werror $(SAN)' \
	    LDFLAGS='$(SAN)' unit cli fuzz-replay

# Reading on several threads under ThreadSanitizer (several files at
# once, and one file read on one thread while another codes it: the pipe
# suite and the pipe-* cases), then charts and the report drawn from what
# was read (Pango and fontconfig run threads of their own: tests/tsan.supp
# says which of their reports are suppressed).
TSAN := -fsanitize=thread
TSAN_CASES := jobs-same-output chart-likert-formats report-english-2012-layout long-names-report \
              pipe-freq-same-output pipe-tally-same-output pipe-describe-compare-same-output \
              pipe-strict-same-status pipe-workbook-same-output pipe-stdin-same-output \
              pipe-unterminated-quote-same-output pipe-two-files-duplicates \
              pipe-spare-threads-same-output
check-tsan:
	$(MAKE) BUILD=build-tsan CFLAGS='-O1 -g -Werror $(TSAN)' LDFLAGS='$(TSAN)' \
	    build-tsan/ykien build-tsan/ykien-draw build-tsan/csv2xlsx build-tsan/unit-tests
	TSAN_OPTIONS="halt_on_error=1" CK_RUN_SUITE=pipe build-tsan/unit-tests
	TSAN_OPTIONS="halt_on_error=1 suppressions=$(CURDIR)/tests/tsan.supp" YKIEN=build-tsan/ykien \
	    tests/cli/run.sh $(TSAN_CASES)

FUZZ_SECONDS ?= 60
FUZZ_SAN := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
# The longest input each target tries; 4096 unless named here.
FUZZ_MAX_LEN_text  := 8192
FUZZ_MAX_LEN_tally := 65536
FUZZ_MAX_LEN_xlsx  := 16384
# Past 8192 bytes a field may trip the field limit (libcsv's buffer).
FUZZ_MAX_LEN_csvdiff := 20000
FUZZ_MAX_LEN_feedback := 8192

# `make fuzz` is the reader's target, the first there was.
fuzz: fuzz-reader

$(FUZZ_RUNS): fuzz-%:
	mkdir -p build-fuzz/corpus-$*
	clang -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 $(LAYER_INCLUDES) $(PKG_CFLAGS) \
	    $(FUZZ_SAN) $(LIB_SRC) tests/fuzz/fuzz_$*.c \
	    -o build-fuzz/fuzz-$* $(PKG_LIBS)
	build-fuzz/fuzz-$* -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=$(or $(FUZZ_MAX_LEN_$*),4096) \
	    -artifact_prefix=build-fuzz/$*- build-fuzz/corpus-$* tests/fuzz/corpus-$*

# The main job on the bundled samples: read files in every encoding, check
# a three-round project, tally it, and show its figures from the tally.
# The project has ten planted mistakes, so check and tally exit 1.
demo:
	$(MAKE) --no-print-directory all
	$(BUILD)/ykien sniff samples/encodings/*.csv samples/encodings/*.txt
	$(BUILD)/ykien convert samples/encodings/vni-windows.csv
	@echo "== the sample project has ten planted mistakes; check finds them:"
	-$(BUILD)/ykien check samples/kien-giang/kien-giang.ykien
	-$(BUILD)/ykien tally -q --force samples/kien-giang/kien-giang.ykien \
	    -o $(BUILD)/kien-giang.ykt 2>/dev/null
	$(BUILD)/ykien freq --round 2014 --questions q02,kenh_tin --format text \
	    $(BUILD)/kien-giang.ykt
	$(BUILD)/ykien describe --round 2014 --format text $(BUILD)/kien-giang.ykt
	$(BUILD)/ykien compare --round 2014 --format text $(BUILD)/kien-giang.ykt
	$(BUILD)/ykien scale --round 2014 --format text $(BUILD)/kien-giang.ykt
	$(BUILD)/ykien freq --round 2014 -q --force $(BUILD)/kien-giang.ykt \
	    -o $(BUILD)/kien-giang-freq.xlsx
	@echo "wrote $(BUILD)/kien-giang-freq.xlsx (the table as an Excel workbook)"
	$(BUILD)/ykien entry-sheet --force samples/kien-giang/kien-giang.ykien \
	    -o $(BUILD)/kien-giang-nhap-lieu.xlsx
	@echo "wrote $(BUILD)/kien-giang-nhap-lieu.xlsx (the workbook to type paper returns into)"
	-$(BUILD)/ykien import -q --force samples/kien-giang/kien-giang.ykien \
	    -o $(BUILD)/kien-giang.sav
	@echo "wrote $(BUILD)/kien-giang.sav (the coded data for SPSS and PSPP)"
	@echo "== the members' góp ý of 2014 by theme (codebook samples/kien-giang/chu-de.csv):"
	-$(BUILD)/ykien comments -q --round 2014 --format text samples/kien-giang/kien-giang.ykien
	-$(BUILD)/ykien comments -q --round 2014 --questions gop_y --quotes 2 --format text \
	    samples/kien-giang/kien-giang.ykien
	@echo "== a confidence poll: 12 leaders, 46 ballots, rule set qd96-2023:"
	$(BUILD)/ykien votes --format text samples/confidence-vote/poll.ykien
	$(BUILD)/ykien report -q --force --template counting-record \
	    samples/confidence-vote/poll.ykien -o $(BUILD)/bien-ban-kiem-phieu.pdf
	@echo "wrote $(BUILD)/bien-ban-kiem-phieu.pdf (the poll's counting record)"
	@echo "== a self-review's feedback compiled (samples/gop-y), as PDF and Word:"
	$(BUILD)/ykien report -q --force samples/gop-y/gop-y.ykien -o $(BUILD)/gop-y-tong-hop.pdf
	$(BUILD)/ykien report -q --force samples/gop-y/gop-y.ykien -o $(BUILD)/gop-y-tong-hop.docx
	@echo "wrote $(BUILD)/gop-y-tong-hop.pdf and .docx (Báo cáo tổng hợp ý kiến góp ý)"
	@echo "== the report for a review conference, and a chart:"
	@# Status 1: the sample's planted mistakes; the figures are still drawn.
	$(BUILD)/ykien report -q --force samples/kien-giang/kien-giang.ykien \
	    -o $(BUILD)/kien-giang-report.pdf 2>/dev/null || [ $$? -eq 1 ]
	@echo "wrote $(BUILD)/kien-giang-report.pdf"
	$(BUILD)/ykien report -q --force samples/kien-giang/kien-giang.ykien \
	    -o $(BUILD)/kien-giang-bang.xlsx 2>/dev/null || [ $$? -eq 1 ]
	@echo "wrote $(BUILD)/kien-giang-bang.xlsx (the report's tables as an Excel workbook)"
	$(BUILD)/ykien report -q --force samples/kien-giang/kien-giang.ykien \
	    -o $(BUILD)/kien-giang-report.docx 2>/dev/null || [ $$? -eq 1 ]
	@echo "wrote $(BUILD)/kien-giang-report.docx (the report as a Word document)"
	$(BUILD)/ykien chart likert -q --force --by don_vi --questions q11 --size a4 \
	    samples/kien-giang/kien-giang.ykien -o $(BUILD)/q11-by-unit.png 2>/dev/null || [ $$? -eq 1 ]
	@echo "wrote $(BUILD)/q11-by-unit.png"
	$(BUILD)/ykien questionnaire -q --force samples/kien-giang/kien-giang.ykien \
	    -o $(BUILD)/kien-giang-phieu.pdf
	@echo "wrote $(BUILD)/kien-giang-phieu.pdf (the questionnaire to print)"
	$(BUILD)/ykien questionnaire -q --force samples/confidence-vote/poll.ykien \
	    -o $(BUILD)/phieu-tin-nhiem.pdf
	@echo "wrote $(BUILD)/phieu-tin-nhiem.pdf (the poll's secret ballot)"

bench:
	$(MAKE) --no-print-directory all
	tests/bench/run.sh

# deps and deps-office install only what is missing, with sudo when not
# root: the only targets that run apt-get; the others assume deps ran
# (`make deps test`, `make deps demo`).
install_missing = missing=$$(for p in $(1); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

deps:
	@$(call install_missing,$(DEB_PACKAGES))

deps-office:
	@$(call install_missing,$(OFFICE_PACKAGES))

# The README's pictures of every kind of chart (docs/charts/*.png).
pictures: $(BUILD)/ykien $(BUILD)/ykien-draw
	YKIEN=$(BUILD)/ykien docs/pictures.sh

install: $(BUILD)/ykien $(BUILD)/ykien-draw
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BUILD)/ykien $(DESTDIR)$(PREFIX)/bin/ykien
	install -d $(DESTDIR)$(LIBEXEC_DIR)
	install -m 755 $(BUILD)/ykien-draw $(DESTDIR)$(LIBEXEC_DIR)/ykien-draw
	install -d $(DESTDIR)$(RULES_DIR)
	install -m 644 rules/*.rules $(DESTDIR)$(RULES_DIR)
	install -d $(DESTDIR)$(WORDS_DIR)
	install -m 644 words/*.txt $(DESTDIR)$(WORDS_DIR)
	install -d $(DESTDIR)$(REPORTS_DIR)
	install -m 644 reports/*.report $(DESTDIR)$(REPORTS_DIR)

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/ykien $(DESTDIR)$(LIBEXEC_DIR)/ykien-draw
	-rmdir $(DESTDIR)$(LIBEXEC_DIR)
	rm -f $(DESTDIR)$(RULES_DIR)/*.rules $(DESTDIR)$(REPORTS_DIR)/*.report $(DESTDIR)$(WORDS_DIR)/*.txt
	-rmdir $(DESTDIR)$(RULES_DIR) $(DESTDIR)$(REPORTS_DIR) $(DESTDIR)$(WORDS_DIR) $(DESTDIR)$(PREFIX)/share/ykien

clean:
	rm -rf build build-asan build-tsan build-fuzz
