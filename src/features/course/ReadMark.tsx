/**
 * End of a playbook page: records 阅读中 as soon as the page is opened, and offers the explicit
 * 标记为已读 and the way on to the playbook's quiz and the course.
 */
import { useEffect } from 'preact/hooks';
import { playbookStatus, STATUS_LABEL } from './course.ts';
import { localDate } from '../store/store.ts';
import { useStore } from '../store/use-store.ts';

interface Props {
	slug: string;
	title: string;
	quizHref: string;
	courseHref: string;
	questions: number;
}

const day = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : localDate(new Date(iso)));

export default function ReadMark({ slug, title, quizHref, courseHref, questions }: Props) {
	const store = useStore();
	useEffect(() => {
		store?.markOpened(slug);
	}, [store, slug]);

	const links = (
		<>
			<a href={quizHref}>做自测题（{questions} 道）</a>
			<a href={courseHref}>返回入门课程</a>
		</>
	);
	if (!store)
		return (
			<div class="read-mark">
				<p class="read-mark-row">
					<strong>入门课程</strong>
					{links}
				</p>
				<p class="read-mark-note">标记“已读”需要启用 JavaScript。</p>
			</div>
		);

	const status = playbookStatus(store.course, slug);
	const readAt = store.course.reading[slug]?.readAt;
	return (
		<div class="read-mark" data-ready="">
			<p class="read-mark-row">
				<strong>入门课程</strong>
				<span class="course-status" data-status={status} aria-live="polite">
					本流程：{STATUS_LABEL[status]}
					{readAt ? `（${day(readAt)} 标记已读）` : ''}
				</span>
			</p>
			<p class="read-mark-row">
				{readAt ? (
					<button type="button" onClick={() => store.markRead(slug, false)}>
						改回未读<span class="sr-only">：{title}</span>
					</button>
				) : (
					<button type="button" class="read-mark-primary" onClick={() => store.markRead(slug)}>
						标记为已读<span class="sr-only">：{title}</span>
					</button>
				)}
				{links}
			</p>
		</div>
	);
}
