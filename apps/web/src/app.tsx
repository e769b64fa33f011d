import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Route, Routes, BrowserRouter } from 'react-router';
import { Spin } from 'antd';
import { AppLayout } from './components/app-layout';
import { ErrorBoundary } from './components/error-boundary';
import { RequireAuth } from './components/require-auth';
import { SESSION_KEY } from './features/auth/session';
import { ApiError, setUnauthenticatedHandler } from './lib/http';

dayjs.locale('vi');

const LoginPage = lazy(() => import('./routes/login'));
const HomePage = lazy(() => import('./routes/home'));
const OrgTreePage = lazy(() => import('./routes/org-tree'));
const ClustersPage = lazy(() => import('./routes/clusters'));
const PeopleListPage = lazy(() => import('./routes/people-list'));
const PersonDetailPage = lazy(() => import('./routes/person-detail'));
const ImportsPage = lazy(() => import('./routes/imports'));
const AccountsPage = lazy(() => import('./routes/accounts'));
const AuditLogPage = lazy(() => import('./routes/audit-log'));
const PersonEligibilityPage = lazy(() => import('./routes/person-eligibility'));
const UnitCandidatesPage = lazy(() => import('./routes/unit-candidates'));
const LegalParametersPage = lazy(() => import('./routes/legal-parameters'));
const MovementsListPage = lazy(() => import('./routes/movements-list'));
const MovementFormPage = lazy(() => import('./routes/movement-form'));
const MovementDetailPage = lazy(() => import('./routes/movement-detail'));
const InboxPage = lazy(() => import('./routes/inbox'));
const CouncilsPage = lazy(() => import('./routes/councils'));
const MeetingPage = lazy(() => import('./routes/meeting'));
const MeetingTallyPage = lazy(() => import('./routes/meeting-tally'));
const StatisticsPage = lazy(() => import('./routes/statistics'));
const DashboardPage = lazy(() => import('./routes/dashboard'));
const RegistryPage = lazy(() => import('./routes/registry'));
const RegistryRecordPage = lazy(() => import('./routes/registry-record'));
const ScoringRoundsPage = lazy(() => import('./routes/scoring-rounds'));
const ScoringRoundPage = lazy(() => import('./routes/scoring-round'));
const ScoringTemplatesPage = lazy(() => import('./routes/scoring-templates'));
const PostsListPage = lazy(() => import('./routes/posts-list'));
const PostEditorPage = lazy(() => import('./routes/post-editor'));
const DecisionsPage = lazy(() => import('./features/decisions/decisions-page'));
const DecisionPage = lazy(() => import('./features/decisions/decision-page'));
const DecisionRegistersPage = lazy(() => import('./features/decisions/registers-page'));
const RewardFundPage = lazy(() => import('./features/decisions/fund-page'));
const DossiersPage = lazy(() => import('./routes/dossiers'));
const DossierPage = lazy(() => import('./routes/dossier'));
const AppraisalPage = lazy(() => import('./routes/appraisal'));
const ConsultationsPage = lazy(() => import('./routes/consultations'));
const NotFoundPage = lazy(() => import('./routes/not-found'));

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Retrying a 4xx never helps; retry network/5xx once.
        retry: (n, e) => n < 1 && !(e instanceof ApiError && e.status >= 400 && e.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** A 401 anywhere (expired or revoked session) drops the cached session, so RequireAuth goes to login. */
function UnauthenticatedBridge({ client }: { client: QueryClient }) {
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      client.setQueryData(SESSION_KEY, null);
    });
    return () => setUnauthenticatedHandler(null);
  }, [client]);
  return null;
}

export const theme = {
  token: {
    colorPrimary: '#cf1322',
    borderRadius: 6,
    fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
};

export function AppRoutes() {
  return (
    <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />}>
      <Routes>
        <Route path="/dang-nhap" element={<LoginPage />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="to-chuc" element={<OrgTreePage />} />
          <Route path="cum-khoi" element={<ClustersPage />} />
          <Route path="can-bo" element={<PeopleListPage />} />
          <Route path="can-bo/:id" element={<PersonDetailPage />} />
          <Route path="can-bo/:id/dieu-kien-khen-thuong" element={<PersonEligibilityPage />} />
          <Route path="to-chuc/:id/ung-vien" element={<UnitCandidatesPage />} />
          <Route path="quan-tri/tham-so-phap-ly" element={<LegalParametersPage />} />
          <Route path="nhap-du-lieu" element={<ImportsPage />} />
          <Route path="phong-trao" element={<MovementsListPage />} />
          <Route path="phong-trao/moi" element={<MovementFormPage />} />
          <Route path="phong-trao/:id" element={<MovementDetailPage />} />
          <Route path="phong-trao/:id/sua" element={<MovementFormPage />} />
          <Route path="hop-thu" element={<InboxPage />} />
          <Route path="de-nghi" element={<DossiersPage />} />
          <Route path="de-nghi/lay-y-kien" element={<ConsultationsPage />} />
          <Route path="de-nghi/:id" element={<DossierPage />} />
          <Route path="de-nghi/:id/tham-dinh" element={<AppraisalPage />} />
          <Route path="hoi-dong" element={<CouncilsPage />} />
          <Route path="hoi-dong/phien-hop/:id" element={<MeetingPage />} />
          <Route path="hoi-dong/phien-hop/:id/kiem-phieu" element={<MeetingTallyPage />} />
          <Route path="bao-cao/thong-ke" element={<StatisticsPage />} />
          <Route path="bao-cao/bieu-do" element={<DashboardPage />} />
          <Route path="so-vang" element={<RegistryPage />} />
          <Route path="so-vang/ca-nhan/:id" element={<RegistryRecordPage kind="person" />} />
          <Route path="so-vang/tap-the/:id" element={<RegistryRecordPage kind="unit" />} />
          <Route path="quyet-dinh" element={<DecisionsPage />} />
          <Route path="quyet-dinh/so-dang-ky" element={<DecisionRegistersPage />} />
          <Route path="quyet-dinh/so-quy" element={<RewardFundPage />} />
          <Route path="quyet-dinh/:id" element={<DecisionPage />} />
          <Route path="cham-diem" element={<ScoringRoundsPage />} />
          <Route path="cham-diem/mau" element={<ScoringTemplatesPage />} />
          <Route path="cham-diem/:id" element={<ScoringRoundPage />} />
          <Route path="cong-thong-tin/bai-viet" element={<PostsListPage />} />
          <Route path="cong-thong-tin/bai-viet/:id" element={<PostEditorPage />} />
          <Route
            path="quan-tri/tai-khoan"
            element={
              <RequireAuth roles={['SYSTEM_ADMIN']}>
                <AccountsPage />
              </RequireAuth>
            }
          />
          <Route
            path="quan-tri/nhat-ky"
            element={
              <RequireAuth roles={['SYSTEM_ADMIN']}>
                <AuditLogPage />
              </RequireAuth>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

export function App() {
  const [client] = useState(makeQueryClient);
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={client}>
          <BrowserRouter basename="/app">
            <UnauthenticatedBridge client={client} />
            <ErrorBoundary>
              <AppRoutes />
            </ErrorBoundary>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
