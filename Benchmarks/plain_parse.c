/* A plain C parse of the statistics file `analytics-bench … mapping` writes: read the file, split
   each line at commas, strtol the year, hash region and industry, strtod the three figures. It is the
   yardstick for "parsing within 1.5x a plain C parse".

       cc -O2 -o /tmp/plain_parse Benchmarks/plain_parse.c && /tmp/plain_parse [dir]/bench-stats.csv */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "/tmp/bench-stats.csv";
    double start = now_ms();
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return 1; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(size + 1);
    if (fread(buf, 1, size, f) != (size_t)size) { perror("read"); return 1; }
    buf[size] = 0;
    fclose(f);
    char *p = strchr(buf, '\n') + 1, *end = buf + size;
    long rows = 0, years = 0;
    unsigned long names = 0;
    double employment = 0, establishments = 0, payroll = 0;
    while (p < end) {
        char *next;
        years += strtol(p, &next, 10);
        p = next + 1;
        unsigned long h = 14695981039346656037ul;
        while (*p != ',') h = (h ^ (unsigned char)*p++) * 1099511628211ul;
        p++;
        while (*p != ',') h = (h ^ (unsigned char)*p++) * 1099511628211ul;
        names += h;
        employment += strtod(p + 1, &next);
        establishments += strtod(next + 1, &next);
        payroll += strtod(next + 1, &next);
        p = next + 1;
        rows++;
    }
    double ms = now_ms() - start;
    printf("plain C (strtol, strtod, -O2): read and parse %.1f ms; %ld rows, Σ employment %.0f (hash %lu, years %ld, %.0f, %.0f)\n",
           ms, rows, employment, names % 1000, years % 1000, establishments, payroll);
    free(buf);
    return 0;
}
