/*
 * The C reference for Framewright's Monte Carlo fast path: the same arithmetic as
 * org.framewright.simulation.internal (DrawRandom, WeightPerturbation.UNIFORM_FACTOR, CompositeKernel's weighted
 * mean, RankSorter, RankCounts) for a one-node composite, so that `simulate.sh` can report the Java/C ratio and
 * check that both count the same ranks (same checksum).
 *
 * Usage: simulate_loop MODEL_FILE DRAWS SEED SPREAD THREADS   (MODEL_FILE as written by benchmark-simulation
 * --export-for-c). Prints: councils draws threads seconds checksum.
 * Build: gcc -O2 -ffp-contract=off -fopenmp simulate_loop.c -o simulate_loop
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <omp.h>

static const uint64_t GOLDEN = 0x9e3779b97f4a7c15ULL;

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

static int before(double x, double y) {
    return x < y || (y != y && x == x);
}

typedef struct {
    int n, leaves;
    double *values, *present, *base; /* column-major leaves [leaf][council] */
} model_t;

/* insertion sort from the anchor order with a budget, else bottom-up merge sort; then tied ranks */
static void rank(const double *keys, int n, const int *anchor, int *order, int *buffer, int *ranks, long budget) {
    memcpy(order, anchor, sizeof(int) * n);
    long moves = 0;
    int ok = 1;
    for (int i = 1; i < n && ok; i++) {
        int item = order[i];
        double key = keys[item];
        int j = i - 1;
        while (j >= 0 && before(key, keys[order[j]])) {
            order[j + 1] = order[j];
            j--;
        }
        order[j + 1] = item;
        moves += i - 1 - j;
        if (moves > budget) {
            ok = 0;
        }
    }
    if (!ok) {
        int *from = order, *to = buffer;
        for (int width = 1; width < n; width <<= 1) {
            for (int lo = 0; lo < n; lo += width << 1) {
                int mid = lo + width < n ? lo + width : n;
                int hi = lo + (width << 1) < n ? lo + (width << 1) : n;
                int i = lo, j = mid;
                for (int k = lo; k < hi; k++) {
                    if (j >= hi || (i < mid && !before(keys[from[j]], keys[from[i]]))) {
                        to[k] = from[i++];
                    } else {
                        to[k] = from[j++];
                    }
                }
            }
            int *swap = from; from = to; to = swap;
        }
        if (from != order) {
            memcpy(order, from, sizeof(int) * n);
        }
    }
    int previous_rank = 0;
    double previous_key = NAN;
    for (int position = 0; position < n; position++) {
        int item = order[position];
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

static void score(const model_t *m, const double *w, double *sums, double *totals, double *keys) {
    int n = m->n;
    memset(sums, 0, sizeof(double) * n);
    memset(totals, 0, sizeof(double) * n);
    for (int j = 0; j < m->leaves; j++) {
        const double *v = m->values + (size_t) j * n, *p = m->present + (size_t) j * n;
        double wj = w[j];
        for (int c = 0; c < n; c++) {
            sums[c] += wj * v[c];
            totals[c] += wj * p[c];
        }
    }
    for (int c = 0; c < n; c++) {
        keys[c] = totals[c] > 0 ? -(sums[c] / totals[c]) : NAN;
    }
}

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: %s MODEL_FILE DRAWS SEED SPREAD THREADS\n", argv[0]);
        return 2;
    }
    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 2;
    }
    model_t m;
    if (fscanf(in, "%d %d", &m.n, &m.leaves) != 2) {
        return 2;
    }
    int n = m.n, L = m.leaves;
    m.base = malloc(sizeof(double) * L);
    m.values = malloc(sizeof(double) * n * L);
    m.present = malloc(sizeof(double) * n * L);
    char word[64];
    for (int j = 0; j < L; j++) {
        if (fscanf(in, "%63s", word) != 1) return 2;
        m.base[j] = strtod(word, NULL);
    }
    for (int c = 0; c < n; c++) {
        for (int j = 0; j < L; j++) {
            if (fscanf(in, "%63s", word) != 1) return 2;
            double v = strcmp(word, "nan") == 0 ? NAN : strtod(word, NULL);
            m.values[(size_t) j * n + c] = v == v ? v : 0;
            m.present[(size_t) j * n + c] = v == v ? 1 : 0;
        }
    }
    fclose(in);
    long draws = atol(argv[2]);
    uint64_t seed = (uint64_t) atoll(argv[3]);
    double spread = atof(argv[4]);
    int threads = atoi(argv[5]);
    int bits = 0;
    for (long x = n > 1 ? n : 1; x; x >>= 1) bits++;
    long budget = 2L * n * bits;

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    /* baseline order (the anchor every draw starts from) */
    int *anchor = malloc(sizeof(int) * n);
    {
        double *sums = malloc(sizeof(double) * n), *totals = malloc(sizeof(double) * n), *keys = malloc(sizeof(double) * n);
        int *order = malloc(sizeof(int) * n), *buffer = malloc(sizeof(int) * n), *ranks = malloc(sizeof(int) * n);
        for (int i = 0; i < n; i++) anchor[i] = i;
        score(&m, m.base, sums, totals, keys);
        rank(keys, n, anchor, order, buffer, ranks, budget);
        memcpy(anchor, order, sizeof(int) * n);
    }
    int *histogram = calloc((size_t) n * (n + 1), sizeof(int));
    omp_set_num_threads(threads);
    #pragma omp parallel
    {
        double *w = malloc(sizeof(double) * L), *sums = malloc(sizeof(double) * n);
        double *totals = malloc(sizeof(double) * n), *keys = malloc(sizeof(double) * n);
        int *order = malloc(sizeof(int) * n), *buffer = malloc(sizeof(int) * n), *ranks = malloc(sizeof(int) * n);
        int *local = calloc((size_t) n * (n + 1), sizeof(int));
        #pragma omp for schedule(dynamic, 1024)
        for (long d = 0; d < draws; d++) {
            uint64_t state = stream_seed(seed, (uint64_t) d, 0);
            double base_total = 0, total = 0;
            for (int j = 0; j < L; j++) {
                double weight = m.base[j] * (1 - spread + 2 * spread * next_double(&state));
                w[j] = weight;
                base_total += m.base[j];
                total += weight;
            }
            if (total > 0 && total != base_total) {
                double scale = base_total / total;
                for (int j = 0; j < L; j++) w[j] *= scale;
            }
            score(&m, w, sums, totals, keys);
            rank(keys, n, anchor, order, buffer, ranks, budget);
            for (int c = 0; c < n; c++) local[(size_t) c * (n + 1) + ranks[c]]++;
        }
        #pragma omp critical
        for (size_t i = 0; i < (size_t) n * (n + 1); i++) histogram[i] += local[i];
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    uint64_t checksum = 0;
    for (int c = 0; c < n; c++)
        for (int r = 0; r <= n; r++)
            checksum += (uint64_t) histogram[(size_t) c * (n + 1) + r] * ((uint64_t) c * 1000003ULL + (uint64_t) r)
                * ((uint64_t) r * 7919ULL + 1);
    printf("%d %ld %d %.3f %lld\n", n, draws, threads,
        (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9, (long long) checksum);
    return 0;
}
