// The report issue's figure: how long from the editor asking to save a draft to the draft being
// durable (the background replies once its strict transaction has committed).
import type { BrowserContext } from 'playwright-core';
import { openOptionsPage, sendFromPage } from '../e2e/support/extension-page';

/**
 * Makes a student and a session in local mode, then saves `saves` drafts of
 * a report that grows like one being typed (up to about 6 KB of text), each
 * the whole report as the editor sends it, and times each until it is durable.
 */
export async function measureDraftDurability(context: BrowserContext, extensionId: string, saves: number): Promise<number[]> {
  const page = await openOptionsPage(context, extensionId);
  try {
    const student = await sendFromPage(page, {
      type: 'records/save-student',
      student: {
        id: null,
        name: 'Bench Student',
        pathName: 'Web developer',
        projectName: '',
        mentorGuideUrl: '',
        timezone: 'Europe/Paris',
        weeklyHours: 6,
        level: 2,
      },
    });
    const session = await sendFromPage(page, {
      type: 'records/schedule-session',
      session: { studentId: student.value.id, start: new Date().toISOString(), plannedMinutes: 50, meetingUrl: '' },
    });
    if (!session?.ok) throw new Error(`could not make a session: ${JSON.stringify(session)}`);
    const sentence = 'We went through the layout of the portfolio, one breakpoint at a time. ';
    const took: number[] = [];
    // One editor, saving on the revision its last save made.
    const editorId = crypto.randomUUID();
    for (let i = 1; i <= saves; i++) {
      const fields = {
        attendance: { status: 'present', lateMinutes: 0 },
        summary: sentence.repeat(Math.ceil(i / 3)).slice(0, 30 * i),
        privateNotes: 'Tired this week.',
        skillEvaluations: [{ skill: 'CSS grid', level: 3, comment: 'Good.' }],
      };
      took.push(
        await page.evaluate(
          async (message) => {
            const began = performance.now();
            const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome
              .runtime;
            const reply = await runtime.sendMessage(message);
            if (!reply.ok) throw new Error(JSON.stringify(reply));
            return performance.now() - began;
          },
          { type: 'report/save-draft', sessionId: session.value.id, editorId, baseRevision: i - 1, fields },
        ),
      );
    }
    return took;
  } finally {
    await page.close();
  }
}
