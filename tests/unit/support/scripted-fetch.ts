/** A fetch that answers from a script, one answer per call, and records each request. */
export interface Answer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** No answer at all: the connection failed. */
  networkError?: boolean;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export function scriptedFetch(answers: (Answer | ((request: RecordedRequest) => Answer))[]) {
  const requests: RecordedRequest[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url: String(input),
      headers: { ...(init.headers as Record<string, string>) },
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    };
    requests.push(request);
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request ${request.method} ${request.url}`);
    const answer = typeof next === 'function' ? next(request) : next;
    if (answer.networkError) throw new TypeError('Failed to fetch');
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? null);
    return new Response(answer.status === 304 ? null : body, {
      status: answer.status ?? 200,
      headers: { 'Content-Type': 'application/json', ...answer.headers },
    });
  }) as typeof globalThis.fetch;
  return { fetch, requests, remaining: () => answers.length };
}
