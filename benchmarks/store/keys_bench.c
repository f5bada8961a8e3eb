// The observation table's key shapes, measured without smartscore (issue 20, migration v2): the rows of
// the peers' import file (/tmp/smartscore-bench-peers-$UID/import-200k.csv, made by `make bench-peers`)
// inserted in key order into a new WAL store in one transaction, then each looked up by its key.
//   cc -O1 -o keys_bench keys_bench.c -lsqlite3
//   valgrind --tool=callgrind ./keys_bench VARIANT FK MODE [ROWS_PER_STATEMENT]
//   callgrind_annotate --inclusive=yes callgrind.out.* | grep phase_     (instructions of each phase)
// VARIANT 0: v1 (text codes, city REFERENCES); 1: integer city and indicator ids with REFERENCES, source
// text; 2: ids for the source too, all REFERENCES; 3: ids, no REFERENCES but the dataset's; 4: as 1 without
// REFERENCES. FK: PRAGMA foreign_keys (1 as the store). MODE 0 setup only, 1 + insert, 2 + lookups.
// ROWS_PER_STATEMENT > 1: multi-row INSERT statements (variants 0 and 2/3 binding). Wall times on a shared
// machine are noise; the instruction counts are what benchmarks/README.md quotes.
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct { char city[16]; int year; char ind[24]; double value; char src[40]; int cid, iid, sid; } Row;
static Row rows[300000]; static int n;
static char cities[1000][16]; static int nc; static char inds[1000][24]; static int ni; static char srcs[100][40]; static int ns;
static int intern(char t[][24], int *k, const char *s, int w) {
  for (int i = 0; i < *k; i++) if (!strcmp(((char*)t) + i * w, s)) return i; strcpy(((char*)t) + (*k) * w, s); return (*k)++; }
static double now() { struct timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + t.tv_nsec / 1e9; }
static int cmp(const void *a, const void *b) { const Row *x = a, *y = b; int c = strcmp(x->city, y->city); if (c) return c;
  if (x->year != y->year) return x->year - y->year; return strcmp(x->ind, y->ind); }
static int cmpid(const void *a, const void *b) { const Row *x = a, *y = b; if (x->cid != y->cid) return x->cid - y->cid;
  if (x->year != y->year) return x->year - y->year; return x->iid - y->iid; }
static void ex(sqlite3 *db, const char *sql) { char *e; if (sqlite3_exec(db, sql, 0, 0, &e)) { fprintf(stderr, "%s: %s\n", sql, e); exit(1); } }

__attribute__((noinline)) static void phase_insert(sqlite3 *db, const char *ins, int variant) { sqlite3_stmt *st;
  sqlite3_prepare_v2(db, ins, -1, &st, 0);
  for (int i = 0; i < n; i++) { Row *r = &rows[i];
    if (variant == 0) { sqlite3_bind_text(st, 1, r->city, -1, 0); sqlite3_bind_int(st, 2, r->year); sqlite3_bind_text(st, 3, r->ind, -1, 0); sqlite3_bind_double(st, 4, r->value); sqlite3_bind_text(st, 5, r->src, -1, 0); }
    else { sqlite3_bind_int(st, 1, r->cid); sqlite3_bind_int(st, 2, r->year); sqlite3_bind_int(st, 3, r->iid); sqlite3_bind_double(st, 4, r->value);
      if (variant == 1 || variant == 4) sqlite3_bind_text(st, 5, r->src, -1, 0); else sqlite3_bind_int(st, 5, r->sid); }
    if (sqlite3_step(st) != SQLITE_DONE) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); exit(1); } sqlite3_reset(st); }
  sqlite3_finalize(st); }
__attribute__((noinline)) static double phase_lookup(sqlite3 *db, const char *look, int variant) { sqlite3_stmt *st; double sum = 0;
  sqlite3_prepare_v2(db, look, -1, &st, 0);
  for (int i = 0; i < n; i++) { Row *r = &rows[i];
    if (variant == 0) { sqlite3_bind_text(st, 1, r->city, -1, 0); sqlite3_bind_int(st, 2, r->year); sqlite3_bind_text(st, 3, r->ind, -1, 0); }
    else { sqlite3_bind_int(st, 1, r->cid); sqlite3_bind_int(st, 2, r->year); sqlite3_bind_int(st, 3, r->iid); }
    if (sqlite3_step(st) == SQLITE_ROW) sum += sqlite3_column_double(st, 0); sqlite3_reset(st); }
  sqlite3_finalize(st); return sum; }
__attribute__((noinline)) static void phase_commit(sqlite3 *db) { ex(db, "COMMIT"); }
static int chunk = 1;
__attribute__((noinline)) static void phase_insert_multi(sqlite3 *db, int variant) {
  // variant 3 only: int keys, source id. chunk rows per statement.
  char *sql = malloc(64 * chunk + 100); strcpy(sql, "INSERT INTO observation VALUES ");
  for (int k = 0; k < chunk; k++) strcat(sql, k ? ",(1,?,?,?,?,?)" : "(1,?,?,?,?,?)");
  sqlite3_stmt *st, *one; sqlite3_prepare_v2(db, sql, -1, &st, 0);
  sqlite3_prepare_v2(db, "INSERT INTO observation VALUES (1,?,?,?,?,?)", -1, &one, 0);
  int i = 0;
  for (; i + chunk <= n; i += chunk) {
    for (int k = 0; k < chunk; k++) { Row *r = &rows[i + k]; int b = 5 * k;
      if (variant == 0) { sqlite3_bind_text(st, b + 1, r->city, -1, 0); sqlite3_bind_int(st, b + 2, r->year); sqlite3_bind_text(st, b + 3, r->ind, -1, 0); sqlite3_bind_double(st, b + 4, r->value); sqlite3_bind_text(st, b + 5, r->src, -1, 0); } else {
      sqlite3_bind_int(st, b + 1, r->cid); sqlite3_bind_int(st, b + 2, r->year); sqlite3_bind_int(st, b + 3, r->iid); sqlite3_bind_double(st, b + 4, r->value); sqlite3_bind_int(st, b + 5, r->sid); } }
    if (sqlite3_step(st) != SQLITE_DONE) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); exit(1); } sqlite3_reset(st); }
  for (; i < n; i++) { Row *r = &rows[i];
      sqlite3_bind_int(one, 1, r->cid); sqlite3_bind_int(one, 2, r->year); sqlite3_bind_int(one, 3, r->iid); sqlite3_bind_double(one, 4, r->value); sqlite3_bind_int(one, 5, r->sid);
    if (sqlite3_step(one) != SQLITE_DONE) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); exit(1); } sqlite3_reset(one); }
  sqlite3_finalize(st); sqlite3_finalize(one); }
int main(int argc, char **argv) {
  int variant = atoi(argv[1]); int fk = atoi(argv[2]); int mode = argc > 3 ? atoi(argv[3]) : 2; chunk = argc > 4 ? atoi(argv[4]) : 1;
  FILE *f = fopen("/tmp/smartscore-bench-peers-0/import-200k.csv", "r"); char line[512]; fgets(line, 512, f);
  while (fgets(line, 512, f)) { char *p[8]; int k = 0; char *s = line; p[k++] = s;
    for (; *s; s++) if (*s == ',' ) { *s = 0; p[k++] = s + 1; } else if (*s == '\n') *s = 0;
    Row *r = &rows[n++]; strcpy(r->city, p[0]); r->year = atoi(p[2]); strcpy(r->ind, p[3]); r->value = atof(p[4]); strcpy(r->src, p[7]);
    r->cid = intern((void*)cities, &nc, r->city, 16) + 1; r->iid = intern((void*)inds, &ni, r->ind, 24) + 1; r->sid = intern((void*)srcs, &ns, r->src, 40) + 1; }
  // ids in code order (sort codes): emulate ids assigned in byte order.
  if (variant == 0) qsort(rows, n, sizeof(Row), cmp); else qsort(rows, n, sizeof(Row), cmpid);
  unlink("/tmp/keysbench/b.db"); unlink("/tmp/keysbench/b.db-wal"); unlink("/tmp/keysbench/b.db-shm");
  sqlite3 *db; sqlite3_open("/tmp/keysbench/b.db", &db);
  ex(db, "PRAGMA journal_mode=WAL"); ex(db, "PRAGMA synchronous=NORMAL"); ex(db, fk ? "PRAGMA foreign_keys=ON" : "PRAGMA foreign_keys=OFF");
  ex(db, "CREATE TABLE dataset (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)");
  ex(db, "INSERT INTO dataset VALUES (1, 'bench', 'x')");
  const char *ins, *look;
  if (variant == 0) {
    ex(db, "CREATE TABLE city (code TEXT PRIMARY KEY, name TEXT NOT NULL, province TEXT, type TEXT)");
    ex(db, "CREATE TABLE observation (dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE, city_code TEXT NOT NULL REFERENCES city(code), year INTEGER NOT NULL, indicator TEXT NOT NULL, value REAL NOT NULL, source TEXT, PRIMARY KEY (dataset_id, city_code, year, indicator)) WITHOUT ROWID");
    ins = "INSERT INTO observation VALUES (1, ?1, ?2, ?3, ?4, ?5)";
    look = "SELECT value FROM observation WHERE dataset_id = 1 AND city_code = ?1 AND year = ?2 AND indicator = ?3";
  } else {
    ex(db, "CREATE TABLE city (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, province TEXT, type TEXT)");
    ex(db, "CREATE TABLE indicator (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE)");
    ex(db, "CREATE TABLE source (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)");
    if (variant == 1) { // int keys, text source
      ex(db, "CREATE TABLE observation (dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE, city_id INTEGER NOT NULL REFERENCES city(id), year INTEGER NOT NULL, indicator_id INTEGER NOT NULL REFERENCES indicator(id), value REAL NOT NULL, source TEXT, PRIMARY KEY (dataset_id, city_id, year, indicator_id)) WITHOUT ROWID");
    } else if (variant == 2) { // int keys and source id
      ex(db, "CREATE TABLE observation (dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE, city_id INTEGER NOT NULL REFERENCES city(id), year INTEGER NOT NULL, indicator_id INTEGER NOT NULL REFERENCES indicator(id), value REAL NOT NULL, source_id INTEGER REFERENCES source(id), PRIMARY KEY (dataset_id, city_id, year, indicator_id)) WITHOUT ROWID");
    } else if (variant == 4) { // int keys, text source, no FK on city/indicator
      ex(db, "CREATE TABLE observation (dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE, city_id INTEGER NOT NULL, year INTEGER NOT NULL, indicator_id INTEGER NOT NULL, value REAL NOT NULL, source TEXT, PRIMARY KEY (dataset_id, city_id, year, indicator_id)) WITHOUT ROWID");
    } else { // 3: int keys, source id, no FK on city/indicator/source
      ex(db, "CREATE TABLE observation (dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE, city_id INTEGER NOT NULL, year INTEGER NOT NULL, indicator_id INTEGER NOT NULL, value REAL NOT NULL, source_id INTEGER, PRIMARY KEY (dataset_id, city_id, year, indicator_id)) WITHOUT ROWID");
    }
    ins = "INSERT INTO observation VALUES (1, ?1, ?2, ?3, ?4, ?5)";
    look = "SELECT value FROM observation WHERE dataset_id = 1 AND city_id = ?1 AND year = ?2 AND indicator_id = ?3";
  }
  ex(db, "BEGIN");
  sqlite3_stmt *st;
  if (variant == 0) { sqlite3_prepare_v2(db, "INSERT INTO city VALUES (?1, 'x', NULL, NULL)", -1, &st, 0);
    for (int i = 0; i < nc; i++) { sqlite3_bind_text(st, 1, cities[i], -1, 0); sqlite3_step(st); sqlite3_reset(st); } }
  else { sqlite3_prepare_v2(db, "INSERT INTO city VALUES (?2, ?1, 'x', NULL, NULL)", -1, &st, 0);
    for (int i = 0; i < nc; i++) { sqlite3_bind_text(st, 1, cities[i], -1, 0); sqlite3_bind_int(st, 2, i + 1); sqlite3_step(st); sqlite3_reset(st); }
    sqlite3_finalize(st); sqlite3_prepare_v2(db, "INSERT INTO indicator VALUES (?2, ?1)", -1, &st, 0);
    for (int i = 0; i < ni; i++) { sqlite3_bind_text(st, 1, inds[i], -1, 0); sqlite3_bind_int(st, 2, i + 1); sqlite3_step(st); sqlite3_reset(st); }
    sqlite3_finalize(st); sqlite3_prepare_v2(db, "INSERT INTO source VALUES (?2, ?1)", -1, &st, 0);
    for (int i = 0; i < ns; i++) { sqlite3_bind_text(st, 1, srcs[i], -1, 0); sqlite3_bind_int(st, 2, i + 1); sqlite3_step(st); sqlite3_reset(st); } }
  sqlite3_finalize(st);
  double t0 = now();
  if (mode == 0) { ex(db, "COMMIT"); return 0; }
  if (chunk > 1) phase_insert_multi(db, variant); else phase_insert(db, ins, variant);
  if (0) for (int i = 0; i < n; i++) { Row *r = &rows[i];
    if (variant == 0) { sqlite3_bind_text(st, 1, r->city, -1, 0); sqlite3_bind_int(st, 2, r->year); sqlite3_bind_text(st, 3, r->ind, -1, 0); sqlite3_bind_double(st, 4, r->value); sqlite3_bind_text(st, 5, r->src, -1, 0); }
    else { sqlite3_bind_int(st, 1, r->cid); sqlite3_bind_int(st, 2, r->year); sqlite3_bind_int(st, 3, r->iid); sqlite3_bind_double(st, 4, r->value);
      if (variant == 1 || variant == 4) sqlite3_bind_text(st, 5, r->src, -1, 0); else sqlite3_bind_int(st, 5, r->sid); }
    if (sqlite3_step(st) != SQLITE_DONE) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 1; } sqlite3_reset(st); }
  phase_commit(db);
  double t1 = now();
  if (mode == 1) return 0;
  ex(db, "BEGIN");
  double sum = phase_lookup(db, look, variant);
  if (0) for (int i = 0; i < n; i++) { Row *r = &rows[i];
    if (variant == 0) { sqlite3_bind_text(st, 1, r->city, -1, 0); sqlite3_bind_int(st, 2, r->year); sqlite3_bind_text(st, 3, r->ind, -1, 0); }
    else { sqlite3_bind_int(st, 1, r->cid); sqlite3_bind_int(st, 2, r->year); sqlite3_bind_int(st, 3, r->iid); }
    if (sqlite3_step(st) == SQLITE_ROW) sum += sqlite3_column_double(st, 0); sqlite3_reset(st); }
  ex(db, "COMMIT");
  double t2 = now();
  sqlite3_close(db);
  FILE *g = fopen("/tmp/keysbench/b.db", "r"); fseek(g, 0, SEEK_END); long size = ftell(g);
  printf("variant %d fk %d: insert %.3f s, lookup %.3f s, file %.1f MB (rows %d, sum %.0f)\n", variant, fk, t1 - t0, t2 - t1, size / 1e6, n, sum);
}
