import type { Translate } from '../../lib/locale/messages';

/**
 * What a quiz says in the browser as the learner answers (each question type names its own
 * instructions and counts: src/lib/quiz/types/). The words are in content/i18n/<lang>.json
 * (keys `quiz.*`); each file in this folder names one feature's strings, with the values each takes.
 */
export const quizStrings = (t: Translate) => ({
	correct: t('quiz.correct'),
	notQuite: t('quiz.notQuite'),
	chooseFirst: t('quiz.chooseFirst'),
	matchAllFirst: t('quiz.matchAllFirst'),
	yourChoiceRight: t('quiz.yourChoiceRight'),
	yourChoiceWrong: t('quiz.yourChoiceWrong'),
	inPlace: t('quiz.inPlace'),
	outOfPlace: t('quiz.outOfPlace'),
	pairRight: t('quiz.pairRight'),
	pairWrong: t('quiz.pairWrong'),
	score: (correct: number, total: number) => t('quiz.score', { correct, total }),
	scorePending: (answered: number, total: number) => t('quiz.scorePending', { answered, total }),
	moved: (item: string, position: number, total: number) => t('quiz.moved', { item, position, total }),
	alreadyFirst: (item: string) => t('quiz.alreadyFirst', { item }),
	alreadyLast: (item: string) => t('quiz.alreadyLast', { item }),
	typeFirst: t('quiz.typeFirst'),
});

/** What a quiz's markup says, rendered at build (and on paper); keys `quizPage.*`. */
export const quizPageStrings = (t: Translate) => ({
	/** Shown in a question when the quiz's script could not be fetched (the page reads it from its markup). */
	loadFailed: t('quizPage.loadFailed'),
	heading: t('quizPage.heading'),
	questionOf: (n: number, total: number) => t('quizPage.questionOf', { n, total }),
	check: t('quizPage.check'),
	/** Beside Check: a right answer marked this way still goes to the review queue. */
	unsure: t('quizPage.unsure'),
	tryAgain: t('quizPage.tryAgain'),
	hint: t('quizPage.hint'),
	reread: t('quizPage.reread'),
	moveUp: t('quizPage.moveUp'),
	moveDown: t('quizPage.moveDown'),
	choose: t('quizPage.choose'),
	line: t('quizPage.line'),
	true: t('quizPage.true'),
	false: t('quizPage.false'),
	codeLabel: (language: string | undefined, lines: number) => t('quizPage.codeLabel', { language: language ?? t('quizPage.code'), lines }),
});

export type QuizPageStrings = ReturnType<typeof quizPageStrings>;
