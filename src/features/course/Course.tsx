/**
 * The onboarding course: each playbook's status and best score, overall progress, the learner's
 * name for the printed record, and where to continue. The server writes the course as it is with
 * nothing saved (controls disabled); hydration meets that same markup and the saved progress fills
 * it in place: every line that the saved state changes is there from the start (issue 15).
 */
import { courseProgress, nextPlaybook, playbookStatus, STATUS_LABEL } from './course.ts';
import { Bar } from '../ui/Bar.tsx';
import { Notices } from '../store/Notices.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { useStore } from '../store/use-store.ts';
import { LIMITS } from '../../model/limits.ts';

export interface CourseEntry {
	slug: string;
	title: string;
	summary: string;
	href: string;
	quizHref: string;
	minutes: number;
	stages: number;
	/** 阶段 / 步骤 / 环节. */
	noun: string;
	questions: number;
	pass: number;
}

export default function Course({ items, recordHref }: { items: CourseEntry[]; recordHref: string }) {
	const store = useStore();
	const course = store?.course;
	const slugs = items.map((i) => i.slug);
	const progress = courseProgress(course, slugs);
	const next = items.find((i) => i.slug === nextPlaybook(course, slugs));
	const total = items.reduce((n, i) => n + i.minutes, 0);

	return (
		<div class="course" data-ready={store ? '' : undefined}>
			{store && <Notices store={store} />}
			<div class="course-summary">
				<p>
					共 {items.length} 本手册，预计阅读约 {total} 分钟，另有每本手册的自测题。
				</p>
				<noscript dangerouslySetInnerHTML={{ __html: '<p class="course-static">学习进度保存在本机浏览器中，需要启用 JavaScript 才能显示。</p>' }} />
				<p class="course-progress" aria-live="polite">
					<span>
						测验通过 {progress.passed}/{items.length} · 总进度
					</span>
					<Bar count={progress} label="入门课程总进度（每本手册三步：打开、读完、通过测验）" />
				</p>
				<p class="btn-row course-actions">
					{next ? (
						<a class="btn btn-primary course-next" href={playbookStatus(course, next.slug) === 'read' ? next.quizHref : next.href}>
							{progress.done === 0 ? '开始学习' : '继续学习'}：{next.title}
						</a>
					) : (
						<strong>全部测验已通过，可以打印完成记录请培训师签字。</strong>
					)}
					<a class="btn" href={recordHref}>
						打印完成记录
					</a>
					<ShareButton store={store} target={{ kind: 'course' }} label="分享学习记录" />
				</p>
				<label class="field course-learner">
					<span>学员姓名（打印在完成记录上）</span>
					<input type="text" maxLength={LIMITS.name} autocomplete="name" disabled={!store} value={course?.learner?.name ?? ''} onChange={(e) => store?.setLearner(e.currentTarget.value)} />
				</label>
			</div>
			<ol class="course-list" role="list">
				{items.map((item, n) => {
					const status = playbookStatus(course, item.slug);
					const quiz = course?.quizzes[item.slug];
					return (
						<li key={item.slug} data-playbook={item.slug} data-status={store ? status : undefined}>
							<span class="course-step" aria-hidden="true">
								{n + 1}
							</span>
							<div class="course-body">
								<h2>
									<a href={item.href}>{item.title}</a>
								</h2>
								<p class="course-meta">
									预计阅读约 {item.minutes} 分钟 · {item.stages} 个{item.noun} · 自测 {item.questions} 题，{item.pass}% 及格
								</p>
								<p>{item.summary}</p>
								<p class="course-score">{quiz ? `最好成绩 ${quiz.best}%（共 ${quiz.attempts} 次）` : '还没有测验成绩'}</p>
								<p class="btn-row course-row">
									<span class="course-status" data-status={status}>
										<span class="sr-only">状态：</span>
										{STATUS_LABEL[status]}
									</span>
									<a class="btn" href={item.href}>
										阅读<span class="sr-only">{item.title}</span>
									</a>
									<a class="btn" href={item.quizHref}>
										自测题<span class="sr-only">：{item.title}</span>
									</a>
								</p>
							</div>
						</li>
					);
				})}
			</ol>
		</div>
	);
}
