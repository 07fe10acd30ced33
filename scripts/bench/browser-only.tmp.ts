import { measureInBrowser } from './browser.ts';
import { samplePages } from './content.ts';
const dist = process.argv[2]!;
const result = await measureInBrowser(dist, samplePages(1000).lessonWithQuiz);
const m = (t: { median: number }) => t.median;
console.log(JSON.stringify({
	feedback: m(result.quizFeedbackMs.largeProgress), feedback0: m(result.quizFeedbackMs.noProgress), handler: m(result.quizHandlerMs.largeProgress),
	saved: m(result.quizSavedMs.largeProgress), saved0: m(result.quizSavedMs.noProgress),
	render: m(result.dashboard.renderMs), fill: m(result.dashboard.fillMs), nav: m(result.dashboard.navigationMs),
	importMerge: m(result.importMergeMs), perAnswer: result.storedProgressBytes / result.answeredQuestions, importBytes: result.importFileBytes,
}, null, 1));
