/*
 * The C reference for Framewright's rating kernel (org.framewright.simulation.internal.RatingKernel): the same
 * arithmetic per draw on the compiled rating model that `benchmark-simulation --export-for-c DIR` writes as
 * DIR/rating-<councils>.txt (RatingModelExport; the format is in README.md beside this file), so that
 * rating_c_compare.sh can report the Java/C ratio and check that both count the same ranks and ratings.
 *
 * Per draw: each perturbed weight group draws its uniform factors from the counter-based SplitMix64 stream seeded
 * from (seed, draw, group) and is renormalised to its baseline total; then every node of the model in scoring order
 * (weighted mean, mean, median, minimum, maximum, sum, percent of maximum, rule matrix; direct values, minimum
 * inputs, missing-data policies exclude / fail / impute lowest; rounding, banding or scale levels, limiters); then
 * the ranks of the overall value (insertion sort from the baseline order, merge sort past a budget), counted into
 * rank and rating histograms. Decisions on values computed in binary near a decimal boundary are guarded as in the
 * kernel: a rounding tie of a mean, sum or percent of maximum of whole hundredths is decided exactly in integer
 * arithmetic (RatingArithmetic.roundRational); a weighted mean of whole hundredths near a rounding tie, for which
 * the kernel recomputes the draw in the engine's decimal arithmetic (ExactRatings), is computed here as the engine
 * computes it (exact_weighted_mean: the weights' Double.toString decimals in 128-bit integers, 34 significant digits,
 * then the rule's rounding). Any other value too near a boundary makes the draw undecided: it is not counted, so the
 * counts cannot match, and the undecided draws are printed. The baseline order every draw's sort starts from is the kernel's, read from the file (the baseline itself
 * may need the decimal path: CSCI's baseline weighted means are often exactly x.5).
 *
 * Usage: simulate_rating_loop MODEL_FILE DRAWS THREADS
 * Prints: councils draws threads seconds checksum undecided_draws
 * Build: gcc -O2 -ffp-contract=off -fopenmp simulate_rating_loop.c -o simulate_rating_loop -lm
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <omp.h>

enum { WEIGHTED_MEAN, MEAN, MEDIAN, MINIMUM, MAXIMUM, SUM, PERCENT_OF_MAXIMUM, MATRIX };
enum { EXCLUDE, FAIL, IMPUTE_MEAN, IMPUTE_MEDIAN, IMPUTE_LOWEST };
enum { NO_ROUNDING, HALF_UP, HALF_EVEN, FLOOR, CEILING };

static const double TOLERANCE = 1e-9;
static const uint64_t GOLDEN = 0x9e3779b97f4a7c15ULL;

/* ---- random streams (DrawRandom) ---- */

static uint64_t mix(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static uint64_t stream_seed(uint64_t seed, uint64_t draw, int input) {
    return mix(mix(mix(seed) + draw * GOLDEN) + ((uint64_t) input + 1) * GOLDEN);
}

static double next_double(uint64_t *state) {
    *state += GOLDEN;
    return (double) (mix(*state) >> 11) * 0x1.0p-53;
}

/* ---- the model as exported ---- */

typedef struct {
    int councils, nodes, levels, rating_levels, weights, groups, leaves, columns;
    uint64_t seed;
    double amount, rank_sign;
    double *level_value;
    int *rating_index;
    int *anchor; /* the kernel's baseline order */
    double *base, *perturb_base;
    int *group_start, *group_end;
    double **leaf;
    int **column;
    int *method, *perturbed_mean, *policy, *minimum, *rounding, *decimals, *uses_level;
    double *maximum, *lowest;
    int *input_start, *input_slot, *input_weight;
    double **direct;
    int **direct_level;
    int *bands, **band_level;
    double **band_low, **band_high;
    int *scales, **scale_level;
    double **scale_value;
    int *matrix_row, *matrix_column, **matrix_cell;
    int *limiters, **limiter_condition, **limiter_cap;
    double **limiter_at_or_below;
    int **rounded_level; /* per rounded node: the level of each rounded value by its units (RatingModel.roundedLevel) */
    long *rounded_first, *rounded_size;
} model_t;

static FILE *in;
static const char *in_name;

static void fail(const char *what) {
    fprintf(stderr, "simulate_rating_loop: %s: %s\n", in_name, what);
    exit(2);
}

static void expect(const char *label) {
    char word[128];
    if (fscanf(in, "%127s", word) != 1 || strcmp(word, label) != 0) {
        char message[256];
        snprintf(message, sizeof message, "expected '%s'", label);
        fail(message);
    }
}

static double read_double(void) {
    char word[128];
    if (fscanf(in, "%127s", word) != 1) fail("a number is missing");
    char *end;
    double v = strtod(word, &end); /* Java's hexadecimal literals and NaN, bit for bit */
    if (*end) fail("not a number");
    return v;
}

static int read_int(void) {
    int v;
    if (fscanf(in, "%d", &v) != 1) fail("an integer is missing");
    return v;
}

static double *doubles(int n) {
    double *a = malloc(sizeof(double) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) a[i] = read_double();
    return a;
}

static int *ints(int n) {
    int *a = malloc(sizeof(int) * (n > 0 ? n : 1));
    for (int i = 0; i < n; i++) a[i] = read_int();
    return a;
}

static void read_node(model_t *m, int k) {
    char id[256];
    expect("node");
    if (fscanf(in, "%255s", id) != 1) fail("a node id is missing");
    expect("method"); m->method[k] = read_int();
    expect("perturbed-mean"); m->perturbed_mean[k] = read_int();
    expect("policy"); m->policy[k] = read_int();
    expect("minimum"); m->minimum[k] = read_int();
    expect("maximum"); m->maximum[k] = read_double();
    expect("lowest"); m->lowest[k] = read_double();
    expect("rounding"); m->rounding[k] = read_int();
    expect("decimals"); m->decimals[k] = read_int();
    expect("uses-level"); m->uses_level[k] = read_int();
    if (m->policy[k] == IMPUTE_MEAN || m->policy[k] == IMPUTE_MEDIAN) fail("imputation of a mean or median");
    expect("inputs");
    int count = read_int();
    if (count < 0) fail("a negative number of inputs");
    m->input_start[k + 1] = m->input_start[k] + count;
    m->input_slot = realloc(m->input_slot, sizeof(int) * (m->input_start[k + 1] + 1));
    m->input_weight = realloc(m->input_weight, sizeof(int) * (m->input_start[k + 1] + 1));
    for (int i = m->input_start[k]; i < m->input_start[k + 1]; i++) {
        m->input_slot[i] = read_int();
        m->input_weight[i] = read_int();
    }
    expect("direct"); m->direct[k] = doubles(m->councils);
    expect("direct-level"); m->direct_level[k] = ints(m->councils);
    expect("bands");
    int b = m->bands[k] = read_int();
    m->band_low[k] = malloc(sizeof(double) * (b + 1));
    m->band_high[k] = malloc(sizeof(double) * (b + 1));
    m->band_level[k] = malloc(sizeof(int) * (b + 1));
    for (int i = 0; i < b; i++) {
        m->band_low[k][i] = read_double();
        m->band_high[k][i] = read_double();
        m->band_level[k][i] = read_int();
    }
    expect("scale");
    int s = m->scales[k] = read_int();
    m->scale_value[k] = malloc(sizeof(double) * (s + 1));
    m->scale_level[k] = malloc(sizeof(int) * (s + 1));
    for (int i = 0; i < s; i++) {
        m->scale_value[k][i] = read_double();
        m->scale_level[k][i] = read_int();
    }
    expect("matrix");
    if (read_int()) {
        m->matrix_row[k] = read_int();
        m->matrix_column[k] = read_int();
        m->matrix_cell[k] = ints(m->levels * m->levels);
    }
    expect("limiters");
    int l = m->limiters[k] = read_int();
    m->limiter_condition[k] = malloc(sizeof(int) * (l + 1));
    m->limiter_at_or_below[k] = malloc(sizeof(double) * (l + 1));
    m->limiter_cap[k] = malloc(sizeof(int) * (l + 1));
    for (int i = 0; i < l; i++) {
        m->limiter_condition[k][i] = read_int();
        m->limiter_at_or_below[k][i] = read_double();
        m->limiter_cap[k][i] = read_int();
    }
}

static void read_model(model_t *m) {
    expect("framewright-rating-model");
    if (read_int() != 1) fail("not format 1");
    expect("councils"); m->councils = read_int();
    expect("nodes"); m->nodes = read_int();
    expect("seed");
    long long seed;
    if (fscanf(in, "%lld", &seed) != 1) fail("the seed is missing");
    m->seed = (uint64_t) seed;
    expect("uniform-factor"); m->amount = read_double();
    expect("rank-sign"); m->rank_sign = read_double();
    expect("levels"); m->levels = read_int();
    expect("level-values"); m->level_value = doubles(m->levels);
    expect("rating-index"); m->rating_index = ints(m->levels);
    expect("rating-levels"); m->rating_levels = read_int();
    expect("anchor"); m->anchor = ints(m->councils);
    expect("weights"); m->weights = read_int();
    expect("base"); m->base = doubles(m->weights);
    expect("perturb-base"); m->perturb_base = doubles(m->weights);
    expect("groups"); m->groups = read_int();
    m->group_start = malloc(sizeof(int) * (m->groups + 1));
    m->group_end = malloc(sizeof(int) * (m->groups + 1));
    for (int g = 0; g < m->groups; g++) {
        expect("group");
        m->group_start[g] = read_int();
        m->group_end[g] = read_int();
    }
    expect("leaves"); m->leaves = read_int();
    m->leaf = malloc(sizeof(double *) * (m->leaves + 1));
    for (int j = 0; j < m->leaves; j++) {
        expect("leaf");
        m->leaf[j] = doubles(m->councils);
    }
    expect("static-levels"); m->columns = read_int();
    m->column = malloc(sizeof(int *) * (m->columns + 1));
    for (int j = 0; j < m->columns; j++) {
        expect("column");
        m->column[j] = ints(m->councils);
    }
    int n = m->nodes;
#define ALLOC(field, type) m->field = calloc((size_t) n + 1, sizeof(type))
    ALLOC(method, int); ALLOC(perturbed_mean, int); ALLOC(policy, int); ALLOC(minimum, int); ALLOC(rounding, int);
    ALLOC(decimals, int); ALLOC(uses_level, int); ALLOC(maximum, double); ALLOC(lowest, double);
    ALLOC(input_start, int); ALLOC(direct, double *); ALLOC(direct_level, int *); ALLOC(bands, int);
    ALLOC(band_level, int *); ALLOC(band_low, double *); ALLOC(band_high, double *); ALLOC(scales, int);
    ALLOC(scale_level, int *); ALLOC(scale_value, double *); ALLOC(matrix_row, int); ALLOC(matrix_column, int);
    ALLOC(matrix_cell, int *); ALLOC(limiters, int); ALLOC(limiter_condition, int *); ALLOC(limiter_cap, int *);
    ALLOC(limiter_at_or_below, double *);
#undef ALLOC
    m->input_slot = malloc(sizeof(int));
    m->input_weight = malloc(sizeof(int));
    for (int k = 0; k < n; k++) read_node(m, k);
    expect("end");
}

/* ---- RatingArithmetic ---- */

/* Java's Math.max: NaN when either is NaN (C's fmax would drop it) */
static double jmax(double a, double b) {
    return a != a || b != b ? NAN : (a > b ? a : b);
}

static int near(double a, double b) {
    return fabs(a - b) <= TOLERANCE * jmax(1, jmax(fabs(a), fabs(b)));
}

static const double POW10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

/* x rounded as round_value rounds it, in units of 10^-decimals (never -0), or NaN (RatingArithmetic.roundUnits) */
static double round_units(int mode, int decimals, double x, int sure) {
    if (decimals < -15 || decimals > 15) return NAN;
    double scale = POW10[abs(decimals)];
    double y = decimals >= 0 ? x * scale : x / scale;
    if (fabs(y) > 1e15) return NAN;
    double floor_y = floor(y);
    double fraction = y - floor_y;
    double r;
    if (sure && decimals == 0) {
        switch (mode) {
            case FLOOR: r = floor_y; break;
            case CEILING: r = ceil(y); break;
            case HALF_EVEN: r = rint(y); break;
            default: r = fraction == 0.5 ? (y > 0 ? floor_y + 1 : floor_y) : rint(y);
        }
    } else {
        int halves = mode == HALF_UP || mode == HALF_EVEN;
        double distance = halves ? fabs(fraction - 0.5) : (fraction < 1 - fraction ? fraction : 1 - fraction);
        if (distance <= TOLERANCE * jmax(1, fabs(y))) return NAN;
        r = halves ? rint(y) : mode == FLOOR ? floor_y : ceil(y);
    }
    return r == 0 ? 0 : r;
}

static double from_units(double units, int decimals) {
    double scale = POW10[abs(decimals)];
    return decimals >= 0 ? units / scale : units * scale;
}

/* x rounded as the engine rounds its decimal, or NaN when too near a boundary to decide in binary */
static double round_value(int mode, int decimals, double x, int sure) {
    double r = round_units(mode, decimals, x, sure);
    return r != r ? r : from_units(r, decimals);
}

static int whole(double v, int64_t scale) {
    double scaled = v * (double) scale;
    return fabs(scaled) < 1e12 && scaled == rint(scaled) && rint(scaled) / (double) scale == v;
}

static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

/* a mean, sum or percent of maximum of whole hundredths rounded exactly in integers (ties included), else NaN */
static double round_rational(const double *inputs, int method, int count, double maximum, int mode, int decimals) {
    if ((method != MEAN && method != SUM && method != PERCENT_OF_MAXIMUM) || decimals < 0 || decimals > 6
            || count == 0) {
        return NAN;
    }
    int64_t scale = 1;
    for (int i = 0; i < count; i++) {
        while (scale <= 100 && !whole(inputs[i], scale)) scale *= 10;
        if (scale > 100) return NAN;
    }
    int64_t sum = 0;
    for (int i = 0; i < count; i++) sum += (int64_t) rint(inputs[i] * (double) scale);
    int64_t num = sum, den = scale;
    if (method == MEAN) {
        den *= count;
    } else if (method == PERCENT_OF_MAXIMUM) {
        if (maximum != rint(maximum) || maximum <= 0 || maximum > 1e6) return NAN;
        num *= 100;
        den *= (int64_t) maximum * count;
    }
    int64_t power = 1;
    for (int d = 0; d < decimals; d++) power *= 10;
    if (llabs(num) > INT64_MAX / power / 4) return NAN;
    num *= power;
    int64_t fl = floor_div(num, den);
    int64_t twice = 2 * (num - fl * den);
    int64_t r;
    switch (mode) {
        case FLOOR: r = fl; break;
        case CEILING: r = twice == 0 ? fl : fl + 1; break;
        case HALF_EVEN: r = twice > den || (twice == den && fl % 2 != 0) ? fl + 1 : fl; break;
        default: r = twice > den || (twice == den && fl >= 0) ? fl + 1 : fl;
    }
    return r == 0 ? 0 : (double) r / (double) power;
}

/* ---- the engine's decimal weighted mean (ExactRatings, Aggregation.WEIGHTED_MEAN, Rounder), in integers ---- */

typedef __int128 wide_t;

/*
 * The decimal BigDecimal.valueOf(v) stands for: Double.toString's digits, the shortest that read back as v (the
 * correctly rounded %.*e of the fewest digits); v = digits x 10^exponent. 0 when v is negative or not finite.
 */
static int shortest_decimal(double v, int64_t *digits, int *exponent) {
    if (!(v >= 0) || isinf(v)) return 0;
    char text[48];
    for (int p = 0; p <= 17; p++) {
        snprintf(text, sizeof text, "%.*e", p, v);
        if (strtod(text, NULL) == v) break;
    }
    char *e = strchr(text, 'e');
    int64_t m = 0;
    int fraction = 0, point = 0;
    for (const char *c = text; c < e; c++) {
        if (*c == '.') {
            point = 1;
            continue;
        }
        m = m * 10 + (*c - '0');
        fraction += point;
    }
    *digits = m;
    *exponent = atoi(e + 1) - fraction;
    return 1;
}

static wide_t pow10_wide(int n) {
    wide_t p = 1;
    while (n-- > 0) p *= 10;
    return p;
}

static int significant_digits(wide_t q) {
    int d = 0;
    while (q > 0) {
        q /= 10;
        d++;
    }
    return d;
}

/* num / den (num >= 0, den > 0) rounded to a whole number in a rounding mode of the engine */
static wide_t round_quotient(wide_t num, wide_t den, int mode) {
    wide_t floor_q = num / den;
    wide_t twice = 2 * (num - floor_q * den);
    switch (mode) {
        case FLOOR: return floor_q;
        case CEILING: return twice == 0 ? floor_q : floor_q + 1;
        case HALF_EVEN: return twice > den || (twice == den && floor_q % 2 != 0) ? floor_q + 1 : floor_q;
        default: return twice >= den ? floor_q + 1 : floor_q;
    }
}

/*
 * The weighted mean of inputs that are whole hundredths with double weights, as the engine computes it when the
 * kernel recomputes a draw exactly: sum(v x w) / sum(w) of the decimals (BigDecimal.valueOf) to 34 significant
 * digits half even (MathContext.DECIMAL128), then rounded to `decimals` in `mode`. NaN when the inputs do not allow
 * it here (then the draw stays undecided).
 */
static double exact_weighted_mean(const double *values, const double *weights, int count, int mode, int decimals) {
    if (count == 0 || decimals < 0 || decimals > 6) return NAN;
    int64_t scale = 1;
    for (int i = 0; i < count; i++) {
        while (scale <= 100 && !whole(values[i], scale)) scale *= 10;
        if (scale > 100 || values[i] < 0) return NAN;
    }
    int64_t digits[count];
    int exponent[count], lowest = 1000;
    for (int i = 0; i < count; i++) {
        if (!shortest_decimal(weights[i], &digits[i], &exponent[i])) return NAN;
        if (digits[i] != 0 && exponent[i] < lowest) lowest = exponent[i];
    }
    wide_t num = 0, den = 0;
    for (int i = 0; i < count; i++) {
        if (digits[i] == 0) continue;
        if (exponent[i] - lowest > 18) return NAN;
        wide_t w = (wide_t) digits[i] * pow10_wide(exponent[i] - lowest);
        num += (wide_t) (int64_t) rint(values[i] * (double) scale) * w;
        den += w;
    }
    if (den == 0) return NAN;
    den *= scale;
    /* 34 significant digits of num / den: q x 10^-k */
    wide_t q = num / den, r = num % den;
    int k = 0;
    while (significant_digits(q) < 34 && r != 0) {
        r *= 10;
        q = q * 10 + r / den;
        r %= den;
        k++;
    }
    if (r != 0 && (2 * r > den || (2 * r == den && q % 2 != 0))) q++;
    wide_t rounded = k <= decimals ? q * pow10_wide(decimals - k) : round_quotient(q, pow10_wide(k - decimals), mode);
    return rounded == 0 ? 0 : (double) rounded / POW10[decimals];
}

/* ---- RankSorter ---- */

enum { INSERTION_RUN = 24 };

typedef struct {
    int n;
    int *order, *buffer, *anchor;
    long budget;
} sorter_t;

static void sorter_init(sorter_t *s, int n) {
    s->n = n;
    s->order = malloc(sizeof(int) * (n + 1));
    s->buffer = malloc(sizeof(int) * (n + 1));
    s->anchor = malloc(sizeof(int) * (n + 1));
    for (int i = 0; i < n; i++) s->order[i] = s->anchor[i] = i;
    int bits = 0;
    for (long x = n > 1 ? n : 1; x; x >>= 1) bits++;
    s->budget = 2L * n * bits;
}

static int before(double x, double y) {
    return x < y || (y != y && x == x);
}

static int insertion_within(int *a, int n, const double *keys, long budget) {
    long moves = 0;
    for (int i = 1; i < n; i++) {
        int item = a[i];
        double key = keys[item];
        int j = i - 1;
        while (j >= 0 && before(key, keys[a[j]])) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = item;
        moves += i - 1 - j;
        if (moves > budget) return 0;
    }
    return 1;
}

static void insertion_sort(int *a, const double *keys, int lo, int hi) {
    for (int i = lo + 1; i < hi; i++) {
        int item = a[i];
        double key = keys[item];
        int j = i - 1;
        while (j >= lo && before(key, keys[a[j]])) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = item;
    }
}

static void merge(const int *from, int *to, const double *keys, int lo, int mid, int hi) {
    if (mid >= hi || !before(keys[from[mid]], keys[from[mid - 1]])) {
        memcpy(to + lo, from + lo, sizeof(int) * (hi - lo));
        return;
    }
    int i = lo, j = mid;
    for (int k = lo; k < hi; k++) {
        if (j >= hi || (i < mid && !before(keys[from[j]], keys[from[i]]))) {
            to[k] = from[i++];
        } else {
            to[k] = from[j++];
        }
    }
}

static void merge_sort(sorter_t *s, const double *keys) {
    int n = s->n;
    for (int lo = 0; lo < n; lo += INSERTION_RUN) insertion_sort(s->order, keys, lo, lo + INSERTION_RUN < n ? lo + INSERTION_RUN : n);
    int *from = s->order, *to = s->buffer;
    for (int width = INSERTION_RUN; width < n; width <<= 1) {
        for (int lo = 0; lo < n; lo += width << 1) {
            int mid = lo + width < n ? lo + width : n;
            int hi = lo + (width << 1) < n ? lo + (width << 1) : n;
            merge(from, to, keys, lo, mid, hi);
        }
        int *swap = from; from = to; to = swap;
    }
    if (from != s->order) memcpy(s->order, from, sizeof(int) * n);
}

static void sorter_rank(sorter_t *s, const double *keys, int *ranks) {
    int n = s->n;
    memcpy(s->order, s->anchor, sizeof(int) * n);
    if (!insertion_within(s->order, n, keys, s->budget)) merge_sort(s, keys);
    int previous_rank = 0;
    double previous_key = NAN;
    for (int position = 0; position < n; position++) {
        int item = s->order[position];
        double key = keys[item];
        if (key != key) {
            ranks[item] = 0;
        } else {
            previous_rank = position > 0 && key == previous_key ? previous_rank : position + 1;
            previous_key = key;
            ranks[item] = previous_rank;
        }
    }
}

/* ---- RatingKernel.Worker ---- */

typedef struct {
    const model_t *m;
    double *weights;
    int *methods;
    double *value, *level_value; /* [node * councils + council] */
    unsigned char *exact;
    int *level;
    double *sums, *totals, *counts, *inputs, *input_weights, *keys;
    sorter_t sorter;
} worker_t;

#define AT(k, c) ((size_t) (k) * w->m->councils + (c))

static int level_at(const worker_t *w, int ref, int c) {
    return ref < 0 ? w->level[AT(-ref - 1, c)] : w->m->column[ref][c];
}

static int limit(const worker_t *w, int k, int c, int found) {
    const model_t *m = w->m;
    int result = found;
    for (int l = 0; l < m->limiters[k]; l++) {
        int condition = level_at(w, m->limiter_condition[k][l], c);
        int cap = m->limiter_cap[k][l];
        if (condition >= 0 && m->level_value[condition] <= m->limiter_at_or_below[k][l]
                && m->level_value[result] > m->level_value[cap]) {
            result = cap;
        }
    }
    return result;
}

/* the level index of x for node k, -1 for none, -2 when too near a boundary to decide */
static int level_of(const model_t *m, int k, double x, int sure) {
    int bands = m->bands[k];
    if (bands > 0) {
        const double *low = m->band_low[k], *high = m->band_high[k];
        for (int b = 0; b < bands; b++) {
            if (!sure && (near(x, low[b]) || near(x, high[b]))) return -2;
            if (x >= low[b] && x <= high[b]) return m->band_level[k][b];
        }
        return -1;
    }
    for (int i = 0; i < m->scales[k]; i++) {
        if (!sure && near(x, m->scale_value[k][i])) return -2;
        if (x == m->scale_value[k][i]) return m->scale_level[k][i];
    }
    return -1;
}

/* RatingModel.indexRoundedLevels: per rounded node (the export has no drawn bands), the level of every grid value */
static void index_rounded_levels(model_t *m) {
    m->rounded_level = calloc((size_t) m->nodes + 1, sizeof(int *));
    m->rounded_first = calloc((size_t) m->nodes + 1, sizeof(long));
    m->rounded_size = calloc((size_t) m->nodes + 1, sizeof(long));
    for (int k = 0; k < m->nodes; k++) {
        int bands = m->bands[k], edges = bands > 0 ? 2 * bands : m->scales[k];
        if (m->method[k] == MATRIX || m->rounding[k] == NO_ROUNDING || edges == 0 || m->decimals[k] < 0
                || m->decimals[k] > 6) continue;
        double lowest = INFINITY, highest = -INFINITY;
        for (int i = 0; i < edges; i++) {
            double e = bands > 0 ? (i < bands ? m->band_low[k][i] : m->band_high[k][i - bands]) : m->scale_value[k][i];
            lowest = e < lowest ? e : lowest;
            highest = e > highest ? e : highest;
        }
        double scale = POW10[m->decimals[k]];
        double first = floor(lowest * scale) - 1, last = ceil(highest * scale) + 1;
        if (!(last - first < 65536)) continue;
        m->rounded_first[k] = (long) first;
        m->rounded_size[k] = (long) (last - first) + 1;
        m->rounded_level[k] = malloc(sizeof(int) * m->rounded_size[k]);
        for (long i = 0; i < m->rounded_size[k]; i++)
            m->rounded_level[k][i] = level_of(m, k, from_units(first + i, m->decimals[k]), 1);
    }
}

static int rounded_level_of(const model_t *m, int k, double units, double x) {
    long i = (long) units - m->rounded_first[k];
    if (m->rounded_level[k] && i >= 0 && i < m->rounded_size[k]) return m->rounded_level[k][i];
    return level_of(m, k, x, 1);
}

static void set(worker_t *w, int k, int c, double v, int sure, int l) {
    size_t at = AT(k, c);
    w->value[at] = v;
    w->exact[at] = (unsigned char) sure;
    w->level[at] = l;
    w->level_value[at] = l < 0 ? NAN : w->m->level_value[l];
}

/* Java's Arrays.sort order for doubles without NaN: -0.0 before 0.0 */
static int less(double a, double b) {
    return a < b || (a == b && signbit(a) && !signbit(b));
}

static double aggregate(worker_t *w, int method, int count, int k) {
    double *in_ = w->inputs;
    double sum = 0;
    switch (method) {
        case WEIGHTED_MEAN: {
            double total = 0;
            for (int i = 0; i < count; i++) {
                sum += in_[i] * w->input_weights[i];
                total += w->input_weights[i];
            }
            return total == 0 ? NAN : sum / total;
        }
        case MEAN:
            for (int i = 0; i < count; i++) sum += in_[i];
            return sum / count;
        case SUM:
            for (int i = 0; i < count; i++) sum += in_[i];
            return sum;
        case PERCENT_OF_MAXIMUM:
            for (int i = 0; i < count; i++) sum += in_[i];
            return 100 * sum / (w->m->maximum[k] * count);
        default:
            for (int i = 1; i < count; i++) {
                double v = in_[i];
                int j = i - 1;
                while (j >= 0 && less(v, in_[j])) {
                    in_[j + 1] = in_[j];
                    j--;
                }
                in_[j + 1] = v;
            }
            return method == MINIMUM ? in_[0] : method == MAXIMUM ? in_[count - 1]
                : count % 2 == 1 ? in_[count / 2] : (in_[count / 2 - 1] + in_[count / 2]) / 2;
    }
}

/* node k for council c; 0 when a value is too near a boundary to decide (the kernel's exact draw) */
static int node(worker_t *w, int k, int c) {
    const model_t *m = w->m;
    double direct = m->direct[k][c];
    if (direct == direct) {
        set(w, k, c, direct, 1, m->direct_level[k][c]);
        return 1;
    }
    if (m->method[k] == MATRIX) {
        int row = level_at(w, m->matrix_row[k], c);
        int col = level_at(w, m->matrix_column[k], c);
        int cell = row < 0 || col < 0 ? -1 : m->matrix_cell[k][row * m->levels + col];
        if (cell < 0) {
            set(w, k, c, NAN, 1, -1);
        } else {
            int capped = limit(w, k, c, cell);
            set(w, k, c, m->level_value[capped], 1, capped);
        }
        return 1;
    }
    int method = w->methods[k];
    int policy = m->policy[k];
    int count = 0, missing = 0, all_exact = 1;
    for (int i = m->input_start[k]; i < m->input_start[k + 1]; i++) {
        int slot = m->input_slot[i];
        double v;
        int sure = 1;
        if (slot >= 0) {
            v = m->leaf[slot][c];
        } else if (m->uses_level[k]) {
            int l = w->level[AT(-slot - 1, c)];
            v = l < 0 ? NAN : m->level_value[l];
        } else {
            v = w->value[AT(-slot - 1, c)];
            sure = w->exact[AT(-slot - 1, c)];
        }
        if (v != v && policy == IMPUTE_LOWEST) v = m->lowest[k];
        double weight = method == WEIGHTED_MEAN ? w->weights[m->input_weight[i]] : 1;
        if (v != v || weight != weight) {
            missing++;
            continue;
        }
        w->inputs[count] = v;
        w->input_weights[count++] = weight;
        all_exact &= sure;
    }
    if ((missing > 0 && policy == FAIL) || count < m->minimum[k]
            || (method == PERCENT_OF_MAXIMUM && m->maximum[k] <= 0)) {
        set(w, k, c, NAN, 1, -1);
        return 1;
    }
    double x = aggregate(w, method, count, k);
    if (x != x) {
        set(w, k, c, NAN, 1, -1);
        return 1;
    }
    int sure = all_exact && (method == MINIMUM || method == MAXIMUM || (method == MEDIAN && count % 2 == 1));
    if (m->rounding[k] != NO_ROUNDING) {
        double rounded = round_value(m->rounding[k], m->decimals[k], x, sure);
        if (rounded != rounded) {
            rounded = method == WEIGHTED_MEAN && all_exact
                ? exact_weighted_mean(w->inputs, w->input_weights, count, m->rounding[k], m->decimals[k])
                : round_rational(w->inputs, method, count, m->maximum[k], m->rounding[k], m->decimals[k]);
        }
        if (rounded != rounded) return 0;
        x = rounded;
        sure = 1;
    }
    int found = level_of(m, k, x, sure);
    if (found == -2) return 0;
    set(w, k, c, x, sure, found < 0 ? -1 : limit(w, k, c, found));
    return 1;
}

static int columnar(const worker_t *w, int k) {
    int method = w->methods[k], policy = w->m->policy[k];
    return w->m->method[k] != MATRIX
        && (method == WEIGHTED_MEAN || method == MEAN || method == SUM || method == PERCENT_OF_MAXIMUM)
        && (policy == EXCLUDE || policy == FAIL);
}

/* node k for every council, input by input over council columns, then rounding and level per council */
static int columns(worker_t *w, int k) {
    const model_t *m = w->m;
    int n = m->councils, method = w->methods[k];
    int first = 1; /* the first weighted input sets the sums (no clearing pass) */
    for (int i = m->input_start[k]; i < m->input_start[k + 1]; i++) {
        int slot = m->input_slot[i];
        const double *column = slot >= 0 ? m->leaf[slot]
            : m->uses_level[k] ? w->level_value + AT(-slot - 1, 0) : w->value + AT(-slot - 1, 0);
        double weight = method == WEIGHTED_MEAN ? w->weights[m->input_weight[i]] : 1;
        if (weight != weight) continue;
        if (first) {
            for (int c = 0; c < n; c++) {
                double v = column[c];
                int present = v == v;
                w->sums[c] = present ? weight * v : 0;
                w->totals[c] = present ? weight : 0;
                w->counts[c] = present ? 1 : 0;
            }
            first = 0;
            continue;
        }
        for (int c = 0; c < n; c++) {
            double v = column[c];
            int present = v == v;
            w->sums[c] += present ? weight * v : 0;
            w->totals[c] += present ? weight : 0;
            w->counts[c] += present ? 1 : 0;
        }
    }
    if (first) {
        memset(w->sums, 0, sizeof(double) * n);
        memset(w->totals, 0, sizeof(double) * n);
        memset(w->counts, 0, sizeof(double) * n);
    }
    int inputs = m->input_start[k + 1] - m->input_start[k];
    int fail_missing = m->policy[k] == FAIL;
    double maximum = m->maximum[k];
    for (int c = 0; c < n; c++) {
        double direct = m->direct[k][c];
        if (direct == direct) {
            set(w, k, c, direct, 1, m->direct_level[k][c]);
            continue;
        }
        double count = w->counts[c];
        if ((fail_missing && count < inputs) || count < m->minimum[k] || (method == PERCENT_OF_MAXIMUM && maximum <= 0)
                || (method == WEIGHTED_MEAN && w->totals[c] == 0)) {
            set(w, k, c, NAN, 1, -1);
            continue;
        }
        double x = method == WEIGHTED_MEAN ? w->sums[c] / w->totals[c]
            : method == MEAN ? w->sums[c] / count
            : method == SUM ? w->sums[c]
            : 100 * w->sums[c] / (maximum * count);
        int sure = m->rounding[k] != NO_ROUNDING, found;
        if (sure) {
            double units = round_units(m->rounding[k], m->decimals[k], x, 0);
            if (units != units) {
                if (!node(w, k, c)) return 0;
                continue;
            }
            x = from_units(units, m->decimals[k]);
            found = rounded_level_of(m, k, units, x);
        } else {
            found = level_of(m, k, x, 0);
            if (found == -2) return 0;
        }
        set(w, k, c, x, sure, found < 0 ? -1 : limit(w, k, c, found));
    }
    return 1;
}

static int rank(worker_t *w, int *ranks) {
    const model_t *m = w->m;
    int n = m->councils, last = m->nodes - 1;
    for (int c = 0; c < n; c++) w->keys[c] = m->rank_sign * w->value[AT(last, c)];
    sorter_rank(&w->sorter, w->keys, ranks);
    for (int p = 1; p < n; p++) {
        int a = w->sorter.order[p - 1], b = w->sorter.order[p];
        if (w->keys[b] != w->keys[b]) break;
        if ((!w->exact[AT(last, a)] || !w->exact[AT(last, b)]) && near(w->keys[a], w->keys[b])) return 0;
    }
    return 1;
}

/* the draw in doubles; 0 when the kernel would recompute it in decimals */
static int score(worker_t *w, int *ranks) {
    for (int k = 0; k < w->m->nodes; k++) {
        if (columnar(w, k)) {
            if (!columns(w, k)) return 0;
            continue;
        }
        for (int c = 0; c < w->m->councils; c++) {
            if (!node(w, k, c)) return 0;
        }
    }
    return rank(w, ranks);
}

static void worker_init(worker_t *w, const model_t *m) {
    int n = m->councils, nodes = m->nodes, widest = 1;
    for (int k = 0; k < nodes; k++) {
        int inputs = m->input_start[k + 1] - m->input_start[k];
        widest = inputs > widest ? inputs : widest;
    }
    w->m = m;
    w->weights = malloc(sizeof(double) * (m->weights + 1));
    memcpy(w->weights, m->base, sizeof(double) * m->weights);
    w->methods = malloc(sizeof(int) * nodes);
    for (int k = 0; k < nodes; k++) w->methods[k] = m->perturbed_mean[k] ? WEIGHTED_MEAN : m->method[k];
    w->value = malloc(sizeof(double) * nodes * n);
    w->level_value = malloc(sizeof(double) * nodes * n);
    w->exact = malloc((size_t) nodes * n);
    w->level = malloc(sizeof(int) * nodes * n);
    w->sums = malloc(sizeof(double) * n);
    w->totals = malloc(sizeof(double) * n);
    w->counts = malloc(sizeof(double) * n);
    w->keys = malloc(sizeof(double) * n);
    w->inputs = malloc(sizeof(double) * widest);
    w->input_weights = malloc(sizeof(double) * widest);
    sorter_init(&w->sorter, n);
    memcpy(w->sorter.anchor, m->anchor, sizeof(int) * n);
}

/* WeightPerturbation.UNIFORM_FACTOR of every perturbed group, group g from the stream of input g */
static void perturb(worker_t *w, uint64_t draw) {
    const model_t *m = w->m;
    for (int g = 0; g < m->groups; g++) {
        uint64_t state = stream_seed(m->seed, draw, g);
        double base_total = 0, total = 0;
        for (int i = m->group_start[g]; i < m->group_end[g]; i++) {
            double weight = m->perturb_base[i] * (1 - m->amount + 2 * m->amount * next_double(&state));
            w->weights[i] = weight;
            base_total += m->perturb_base[i];
            total += weight;
        }
        if (total > 0 && total != base_total) {
            double scale = base_total / total;
            for (int i = m->group_start[g]; i < m->group_end[g]; i++) w->weights[i] *= scale;
        }
    }
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s MODEL_FILE DRAWS THREADS\n", argv[0]);
        return 2;
    }
    in_name = argv[1];
    in = fopen(in_name, "r");
    if (!in) {
        perror(in_name);
        return 2;
    }
    model_t m;
    read_model(&m);
    fclose(in);
    index_rounded_levels(&m);
    long draws = atol(argv[2]);
    int threads = atoi(argv[3]);
    int n = m.councils, levels = m.rating_levels;

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int *rank_histogram = calloc((size_t) n * (n + 1), sizeof(int));
    int *level_histogram = calloc((size_t) n * (levels + 1), sizeof(int));
    long undecided = 0;
    omp_set_num_threads(threads);
    #pragma omp parallel reduction(+:undecided)
    {
        worker_t w;
        worker_init(&w, &m);
        int *ranks = malloc(sizeof(int) * n);
        int *local_ranks = calloc((size_t) n * (n + 1), sizeof(int));
        int *local_levels = calloc((size_t) n * (levels + 1), sizeof(int));
        size_t last = (size_t) (m.nodes - 1) * n;
        #pragma omp for schedule(dynamic, 1024)
        for (long d = 0; d < draws; d++) {
            perturb(&w, (uint64_t) d);
            if (!score(&w, ranks)) {
                undecided++;
                continue;
            }
            for (int c = 0; c < n; c++) {
                local_ranks[(size_t) c * (n + 1) + ranks[c]]++;
                int l = w.level[last + c];
                int rated = l < 0 ? -1 : m.rating_index[l];
                if (rated >= 0) local_levels[(size_t) c * (levels + 1) + rated]++;
            }
        }
        #pragma omp critical
        {
            for (size_t i = 0; i < (size_t) n * (n + 1); i++) rank_histogram[i] += local_ranks[i];
            for (size_t i = 0; i < (size_t) n * (levels + 1); i++) level_histogram[i] += local_levels[i];
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    /* RankCounts.checksum, in 64-bit wrapping arithmetic */
    uint64_t checksum = 0;
    for (int c = 0; c < n; c++) {
        for (int r = 0; r <= n; r++)
            checksum += (uint64_t) rank_histogram[(size_t) c * (n + 1) + r] * ((uint64_t) c * 1000003ULL + (uint64_t) r)
                * ((uint64_t) r * 7919ULL + 1);
        for (int l = 0; l < levels; l++)
            checksum += (uint64_t) level_histogram[(size_t) c * (levels + 1) + l]
                * ((uint64_t) c * 1000003ULL + (uint64_t) l + 1) * 104729ULL;
    }
    printf("%d %ld %d %.3f %lld %ld\n", n, draws, threads,
        (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9, (long long) checksum, undecided);
    return 0;
}
