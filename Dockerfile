# trialex REST API: docker build -t trialex . && docker run -p 8000:8000 -v trialex-data:/data trialex
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, from pyproject.toml alone, so code changes do not reinstall them (layer caching).
# The postgres extra lets TRIALEX_DATABASE_URL point at PostgreSQL (postgresql+psycopg://...) as well.
COPY pyproject.toml ./
RUN python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
print('\n'.join(p['dependencies'] + p['optional-dependencies']['postgres']))" > /tmp/requirements.txt \
 && pip install -r /tmp/requirements.txt \
 && rm /tmp/requirements.txt

# Then the code (README.m[d] matches README.md when there is one).
COPY pyproject.toml README.m[d] ./
COPY trialex ./trialex
COPY extractors ./extractors
COPY schemas ./schemas
COPY db ./db
COPY service ./service
RUN pip install --no-deps .

RUN useradd --create-home --uid 10001 trialex \
 && mkdir /data && chown trialex:trialex /data
USER trialex

ENV TRIALEX_DATABASE_URL=sqlite:////data/trialex.db \
    TRIALEX_BLOB_DIR=/data/blobs
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"

CMD ["trialex", "serve", "--host", "0.0.0.0", "--port", "8000"]
