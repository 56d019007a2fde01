/**
 * A playbook's self-check quiz: answer a question, confirm, see at once whether it was right,
 * why, and the stage it tests. When every question is confirmed the score is shown and kept in
 * the store (best score, attempts, first pass). Options are shuffled for every attempt (a new
 * order on 重新测验; src/features/course/quiz-order.ts): choices are kept by the option's index in the YAML, so
 * the answer key and the scoring never move, and the letters follow the order shown. Without
 * JavaScript: the questions in the written order, with answers and explanations behind a disclosure.
 *
 * The server writes the quiz itself in the written order with its controls disabled; hydration
 * meets that same markup (issue 15). Then, before the browser paints again, the options are dealt
 * in this attempt's order: the same list items take other texts (they keep their place), and the
 * best score fills a line that is there from the start.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isCorrect, scoreQuiz, type Score } from './course.ts';
import { lettersFor, newSeed, quizOrder } from './quiz-order.ts';
import { answerKeyHtml } from './answer-key.ts';
import { Notices } from '../store/Notices.tsx';
import { useStore } from '../store/use-store.ts';

export interface QuizQuestion {
	q: string;
	type: 'single' | 'multiple';
	options: string[];
	answer: number[];
	explain: string;
	stage: { label: string; href: string };
}

interface Props {
	slug: string;
	title: string;
	pass: number;
	questions: QuizQuestion[];
	courseHref: string;
}

const letter = (i: number) => String.fromCharCode(65 + i);
const kind = (q: QuizQuestion) => (q.type === 'single' ? '单选' : '多选');

function Explanation({ q }: { q: QuizQuestion }) {
	return (
		<p class="quiz-explain">
			{q.explain} 参见：<a href={q.stage.href}>{q.stage.label}</a>
		</p>
	);
}

export default function Quiz({ slug, title, pass, questions, courseHref }: Props) {
	const store = useStore();
	const [choices, setChoices] = useState<number[][]>(() => questions.map(() => []));
	const [confirmed, setConfirmed] = useState<boolean[]>(() => questions.map(() => false));
	const [result, setResult] = useState<Score>();
	const resultRef = useRef<HTMLHeadingElement>(null);
	const firstRef = useRef<HTMLInputElement>(null);
	const [retried, setRetried] = useState(0);
	// One seed per attempt: a new order of options on every 重新测验. None on the server and in the
	// first render in the browser (the written order, as the server wrote it); dealt right after.
	const [seed, setSeed] = useState<number>();
	useLayoutEffect(() => setSeed(newSeed()), []);
	const order =
		seed === undefined
			? questions.map((q) => q.options.map((_, j) => j))
			: quizOrder(
					questions.map((q) => q.options.length),
					seed,
				);

	// The attempt is recorded in the click that confirms the last answer, not after the next
	// render: leaving the page right away must not lose it.
	useEffect(() => {
		if (result) resultRef.current?.focus();
	}, [result]);
	useEffect(() => {
		if (retried) firstRef.current?.focus();
	}, [retried]);

	const best = store?.course.quizzes[slug];
	const answered = confirmed.filter(Boolean).length;
	const choose = (i: number, j: number, on: boolean) =>
		setChoices((cs) => cs.map((c, k) => (k !== i ? c : questions[i]!.type === 'single' ? [j] : on ? [...c, j].sort() : c.filter((x) => x !== j))));
	const confirm = (i: number) => {
		const next = confirmed.map((c, k) => c || k === i);
		setConfirmed(next);
		if (store && !result && next.every(Boolean)) {
			const score = scoreQuiz(questions, choices, pass);
			store.recordQuiz(slug, score.percent, score.passed);
			setResult(score);
		}
	};
	const retry = () => {
		setChoices(questions.map(() => []));
		setConfirmed(questions.map(() => false));
		setResult(undefined);
		setSeed(newSeed());
		setRetried((n) => n + 1);
	};

	return (
		<div class="quiz" data-ready={store ? '' : undefined}>
			{store && <Notices store={store} />}
			<noscript dangerouslySetInnerHTML={{ __html: '<p class="quiz-static">评分和记录成绩需要启用 JavaScript；下面可以阅读题目，并展开查看答案与解析。</p>' }} />
			<p class="quiz-intro">
				共 {questions.length} 题，答对 {pass}% 即通过。选好后按“确认答案”，马上就能看到对错和解析。
			</p>
			<p class="quiz-best">{best ? `目前最好成绩 ${best.best}%（共 ${best.attempts} 次${best.passedAt ? '，已通过' : ''}）。` : '还没有测验成绩。'}</p>
			<p class="quiz-count" aria-live="polite">
				已答 {answered}/{questions.length}
			</p>
			<ol class="quiz-list" role="list">
				{questions.map((q, i) => {
					const chosen = choices[i]!;
					const locked = confirmed[i]!;
					const right = locked && isCorrect(q, chosen);
					const id = `q${retried}-${i}`;
					return (
						<li key={id} data-question={i} data-result={locked ? (right ? 'right' : 'wrong') : undefined}>
							<fieldset class="quiz-fieldset" aria-describedby={locked ? `${id}-fb` : undefined}>
								<legend class="quiz-q">
									{/* One text node: hydrating "{n}." as two would keep the server's "1." (it equals 1 loosely) and add a second dot. */}
									<span class="quiz-num">{`${i + 1}.`}</span> <span class="quiz-kind">{kind(q)}</span> {q.q}
								</legend>
								<ul class="quiz-options" role="list">
									{order[i]!.map((j, position) => {
										const o = q.options[j]!;
										const isAnswer = q.answer.includes(j);
										const picked = chosen.includes(j);
										const mark = locked ? (isAnswer ? 'answer' : picked ? 'wrong' : undefined) : undefined;
										// Keyed by position: dealing the options changes what each item says, not where it is.
										return (
											<li key={position} data-option={j} data-mark={mark}>
												<label>
													<input
														ref={i === 0 && position === 0 ? firstRef : undefined}
														type={q.type === 'single' ? 'radio' : 'checkbox'}
														name={id}
														checked={picked}
														disabled={!store || locked}
														onChange={(e) => choose(i, j, e.currentTarget.checked)}
													/>
													<span>
														<span class="quiz-letter">{`${letter(position)}.`}</span> {o}
														{mark === 'answer' && <span class="quiz-tag">（正确答案）</span>}
														{mark === 'wrong' && <span class="quiz-tag">（你的选择，不对）</span>}
													</span>
												</label>
											</li>
										);
									})}
								</ul>
								{!locked && (
									<button type="button" class="btn btn-primary quiz-confirm" disabled={!store || chosen.length === 0} onClick={() => confirm(i)}>
										确认答案<span class="sr-only">：第 {i + 1} 题</span>
									</button>
								)}
								<noscript dangerouslySetInnerHTML={{ __html: answerKeyHtml(q) }} />
								<div id={`${id}-fb`} class="quiz-feedback" aria-live="polite">
									{locked && (
										<>
											<p class="quiz-verdict">{right ? '✓ 回答正确' : `✗ 回答错误，正确答案是 ${lettersFor(order[i]!, q.answer)}`}</p>
											<Explanation q={q} />
										</>
									)}
								</div>
							</fieldset>
						</li>
					);
				})}
			</ol>
			{result && (
				<section class="quiz-result" data-passed={result.passed ? '' : undefined} aria-labelledby="quiz-result-title">
					<h2 id="quiz-result-title" tabIndex={-1} ref={resultRef}>
						得分 {result.correct}/{result.total}（{result.percent}%）：{result.passed ? '通过' : '未通过'}
					</h2>
					<p>
						{result.passed ? `${title}的自测已通过，成绩已记入入门课程。` : `及格线是 ${pass}%。回看解析里链接的阶段，再试一次。`}
						{best && ` 最好成绩 ${best.best}%，共测验 ${best.attempts} 次。`}
					</p>
					<p class="btn-row quiz-actions">
						<button type="button" class="btn btn-primary" onClick={retry}>
							重新测验
						</button>
						<a class="btn" href={courseHref}>
							返回入门课程
						</a>
					</p>
				</section>
			)}
		</div>
	);
}
